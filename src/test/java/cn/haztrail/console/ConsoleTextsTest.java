package cn.haztrail.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page text exists in Chinese (the default) and in English, and every text a template names exists. */
class ConsoleTextsTest {

    private static final Pattern NAMED = Pattern.compile("#\\{(console\\.[a-z.-]+)[}(]");

    @Test
    void every_console_text_has_chinese_and_english() throws IOException {
        Properties english = load("console-messages.properties");
        Properties chinese = load("console-messages_zh.properties");

        assertThat(new TreeSet<>(chinese.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void every_text_a_template_names_exists() throws IOException {
        Set<String> keys = load("console-messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = NAMED.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(keys).containsAll(named);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
