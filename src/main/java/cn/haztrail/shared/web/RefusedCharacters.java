package cn.haztrail.shared.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text the API never stores: C0/C1 control characters other than tab, line feed and carriage return (PostgreSQL
 * refuses NUL in text; the others corrupt printed manifests and logs), unpaired surrogates (not encodable as UTF-8),
 * the bidirectional embedding, override and isolate controls (they make a record read differently from how it is
 * stored: "Trojan Source"), and the non-characters U+FFFE/U+FFFF. Chinese, emoji, combining marks and zero-width
 * joiners are text and stay allowed. Registered on the web JSON mapper only (Axon's event serializer has its own).
 */
@Component
class RefusedCharacters extends SimpleModule {

    RefusedCharacters() {
        super("haztrail-refused-characters");
        addDeserializer(String.class, new CheckedText());
    }

    /** True unless the text holds a refused character (see the class comment). */
    static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (refused(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                || Character.isSurrogate(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\ufffe' || c == '\uffff';
    }

    private static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !acceptable(text)) {
                throw context.weirdStringException(text, String.class, "contains a refused character");
            }
            return text;
        }
    }
}
