package cn.haztrail.batch.web;

import cn.haztrail.shared.print.CjkFont;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The label draws its Chinese in the bundled font, so it is legible on a server without any installed font. */
class LabelImageFontTest {

    private static final String WASTE_NAME = "其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物";

    @Test
    void the_label_font_is_the_bundled_one_and_has_a_real_glyph_for_every_character_of_the_waste_name() {
        Font font = LabelImage.font(Font.PLAIN, 19);
        GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true), WASTE_NAME);

        assertThat(font.getFamily()).isEqualTo(CjkFont.awt(Font.PLAIN, 12).getFamily()).isEqualTo("Noto Sans CJK SC");
        assertThat(IntStream.range(0, glyphs.getNumGlyphs()).map(glyphs::getGlyphCode))
                .doesNotContain(font.getMissingGlyphCode());
        assertThat(glyphs.getOutline().getBounds().width).isPositive();
    }

    @Test
    void a_label_with_chinese_text_renders_to_a_png_of_the_label_size() throws Exception {
        LabelContent label = new LabelContent("危险废物", WASTE_NAME, "900-249-08", "HW08", "废矿物油与含矿物油废物",
                "液态", "废矿物油 95%，水 5%", List.of("T", "I"), "毒性、易燃性", LocalDate.of(2026, 11, 20),
                "景德镇市昌南化工有限公司", "王建国", "0798-8561234", "91360200MA35G8XK2H9002490820261120001",
                "http://localhost:8080/api/v1/labels/91360200MA35G8XK2H9002490820261120001");

        var image = ImageIO.read(new ByteArrayInputStream(new LabelImage().png(label)));

        assertThat(image.getWidth()).isEqualTo(LabelImage.WIDTH);
        assertThat(image.getHeight()).isEqualTo(LabelImage.HEIGHT);
    }
}
