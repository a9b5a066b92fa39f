package cn.haztrail.shared.i18n;

import org.springframework.context.MessageSourceResolvable;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text for people as a message code of {@code messages.properties} with its arguments, so that the web edge can
 * give it in the caller's language (Accept-Language, {@code messages_zh.properties} for Chinese) while code, logs
 * and stored events keep English. Arguments are plain strings, or other translatables (resolved in the same
 * language): the wording decides how a text reads, never the number formats of a locale.
 */
public record Translatable(String code, List<Object> args) implements MessageSourceResolvable {

    private static final String BUNDLE = "messages";

    public Translatable {
        args = List.copyOf(args);
    }

    public static Translatable of(String code, Object... args) {
        return new Translatable(code, Arrays.stream(args).map(Translatable::plain).toList());
    }

    /** The English text (the default bundle), rendered the way Spring's MessageSource renders it. */
    public String english() {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] english = args.stream().map(a -> a instanceof Translatable t ? t.english() : a).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(english);
    }

    /** The arguments as strings (a nested text in English), for a record that keeps code and arguments. */
    public List<String> plainArguments() {
        return args.stream().map(a -> a instanceof Translatable t ? t.english() : String.valueOf(a)).toList();
    }

    /** A text kept as code and arguments, or, kept before codes existed (code null), its English as it was. */
    public static Translatable recorded(String code, List<String> arguments, String english) {
        return code == null ? of("text.as-recorded", english) : new Translatable(code, List.copyOf(arguments));
    }

    @Override
    public String[] getCodes() {
        return new String[]{code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    /** Without a text in the caller's language, the English one. */
    @Override
    public String getDefaultMessage() {
        return english();
    }

    private static Object plain(Object value) {
        if (value instanceof Translatable translatable) {
            return translatable;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
