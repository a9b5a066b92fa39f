package cn.haztrail.shared.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user can be answered with exists in English and in Chinese: each key of messages.properties has its
 * text in messages_zh.properties, every code the code names exists, and no refusal is built from a bare English
 * string (which could not be translated).
 */
class MessageTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CODE = Pattern.compile("Translatable\\.of\\(\\s*(?:[^\"()]*\\?\\s*)?\"([^\"]+)\"");
    private static final Pattern SECOND_CODE = Pattern.compile(":\\s*\"(refused\\.[^\"]+)\"");
    private static final Pattern REFUSAL = Pattern.compile(
            "CommandRefused\\.(?:ruleViolated|conflict|notFound)\\(|new CommandRefused\\(");

    @Test
    void every_english_text_has_a_chinese_text() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");

        assertThat(new TreeSet<>(chinese.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
        chinese.stringPropertyNames().forEach(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void every_text_is_a_valid_message_pattern() throws IOException {
        for (Properties texts : List.of(load("messages.properties"), load("messages_zh.properties"))) {
            texts.stringPropertyNames().forEach(key -> new MessageFormat(texts.getProperty(key), Locale.ROOT));
        }
    }

    @Test
    void every_code_named_in_the_code_has_a_text() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        for (String source : sources()) {
            collect(CODE, source, named);
            collect(SECOND_CODE, source, named);
        }
        assertThat(named).isNotEmpty();
        assertThat(keys).containsAll(named);
    }

    @Test
    void every_refusal_gives_a_translatable_reason() throws IOException {
        List<String> plain = new ArrayList<>();
        for (String source : sources()) {
            Matcher refusal = REFUSAL.matcher(source);
            while (refusal.find()) {
                String reason = lastArgument(source, refusal.end()).strip();
                if (reason.contains("\"") && !reason.startsWith("Translatable.of(")) {
                    plain.add(reason);
                }
            }
        }
        assertThat(plain).as("refusals with a bare English reason: give them a message code").isEmpty();
    }

    private static void collect(Pattern pattern, String source, Set<String> into) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** The last argument of the call whose arguments start at {@code from}, skipping string literals. */
    private static String lastArgument(String source, int from) {
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = source.indexOf('"', i + 1);
                while (source.charAt(i - 1) == '\\') {
                    i = source.indexOf('"', i + 1);
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth-- == 0) {
                    return source.substring(start, i);
                }
            } else if (c == ',' && depth == 0) {
                start = i + 1;
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.endsWith("CommandRefused.java")) {
                    texts.add(Files.readString(file));
                }
            }
            return texts;
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
