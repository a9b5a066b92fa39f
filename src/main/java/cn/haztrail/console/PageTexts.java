package cn.haztrail.console;

import cn.haztrail.shared.i18n.Translatable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words recorded texts (an alert's detail, a custody entry's summary) for people reading a page. Their arguments were
 * kept as the API gives them (enum names such as PICKED_UP, UTC instants, event type names); here each becomes what
 * the rest of the page shows: its label in the reader's language ({@code console.term.*}) and times in the
 * installation's zone ({@link ConsoleFormat}). The recorded text itself is never changed.
 */
@Component("pageTexts")
public class PageTexts {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern TERM = Pattern.compile("[A-Za-z][A-Za-z_]*");
    private static final Pattern LIST = Pattern.compile("\\[(.*)]");
    private static final Pattern DURATION = Pattern.compile("P(\\d+D)?T[\\dHMS.]+");
    static final String TERMS = "console.term.";

    private final MessageSource messages;
    private final ConsoleFormat format;

    PageTexts(MessageSource messages, ConsoleFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** The text in the page's language, its arguments worded for people. */
    public String say(Translatable text) {
        return text == null ? null : messages.getMessage(forPage(text), LocaleContextHolder.getLocale());
    }

    /** The label of an enum name or event type ({@code console.term.NAME}); the value itself without one. */
    public String term(String value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(TERMS + value, null, value, LocaleContextHolder.getLocale());
    }

    Translatable forPage(Translatable text) {
        return new Translatable(text.code(), text.args().stream().map(this::argument).toList());
    }

    private Object argument(Object argument) {
        if (argument instanceof Translatable nested) {
            return forPage(nested);
        }
        String value = String.valueOf(argument);
        if (INSTANT.matcher(value).matches()) {
            return format.time(Instant.parse(value));
        }
        if (DURATION.matcher(value).matches()) {
            return duration(value);
        }
        var list = LIST.matcher(value);
        if (list.matches()) {
            return list(list.group(1));
        }
        return TERM.matcher(value).matches() ? term(value) : value;
    }

    private String list(String elements) {
        Locale locale = LocaleContextHolder.getLocale();
        if (elements.isBlank()) {
            return messages.getMessage(TERMS + "none", null, "none", locale);
        }
        List<String> worded = Arrays.stream(elements.split(",\\s*"))
                .map(element -> String.valueOf(argument(element.trim()))).toList();
        return worded.stream().collect(Collectors.joining(messages.getMessage(TERMS + "separator", null, ", ",
                locale)));
    }

    private String duration(String value) {
        try {
            Duration duration = Duration.parse(value);
            Locale locale = LocaleContextHolder.getLocale();
            return duration.toMinutesPart() == 0
                    ? messages.getMessage(TERMS + "hours", new Object[]{String.valueOf(duration.toHours())}, locale)
                    : messages.getMessage(TERMS + "minutes", new Object[]{String.valueOf(duration.toMinutes())},
                    locale);
        } catch (DateTimeParseException notADuration) {
            return value;
        }
    }
}
