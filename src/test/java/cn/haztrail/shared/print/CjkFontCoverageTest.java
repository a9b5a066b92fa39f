package cn.haztrail.shared.print;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled font has a glyph for every character HazTrail prints from its reference data and texts, so that a new
 * waste name, region or message cannot silently print as boxes: regenerate the subset (fonts/README.md) instead.
 */
class CjkFontCoverageTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void every_character_of_the_catalogue_and_region_names_has_a_glyph() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("reference"))) {
            assertCovered(files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void every_character_of_the_chinese_messages_has_a_glyph() throws IOException {
        assertCovered(List.of(RESOURCES.resolve("messages_zh.properties")));
    }

    @Test
    void the_national_form_captions_and_common_symbols_have_glyphs() {
        assertThat(CjkFont.canDisplay("危险废物转移联单 草稿 无效 ℃ ① № ×÷ —…“”「」（）：；，。、 t kg 赣H12345")).isTrue();
    }

    private static void assertCovered(List<Path> files) throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            text.codePoints().filter(c -> c >= ' ').mapToObj(Character::toString)
                    .filter(c -> !CjkFont.canDisplay(c))
                    .forEach(c -> missing.add(c + " (U+" + Integer.toHexString(c.codePointAt(0)).toUpperCase()
                            + ", " + RESOURCES.relativize(file) + ")"));
        }
        assertThat(missing).as("characters without a glyph in %s", CjkFont.RESOURCE).isEmpty();
    }
}
