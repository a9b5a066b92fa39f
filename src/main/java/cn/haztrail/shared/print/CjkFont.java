package cn.haztrail.shared.print;

import com.lowagie.text.pdf.BaseFont;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font that ships with HazTrail (a subset of Noto Sans CJK SC, SIL OFL 1.1; see
 * {@code src/main/resources/fonts/README.md}), so that labels and printed documents show Chinese on a server with no
 * font installed. Read from the classpath once, on first use.
 */
public final class CjkFont {

    public static final String RESOURCE = "/fonts/NotoSansCJKsc-Regular-subset.otf";

    private CjkFont() {
    }

    /** For Java2D: bold is derived (the bundle holds one weight). */
    public static Font awt(int style, float size) {
        return Loaded.AWT.deriveFont(style, size);
    }

    /**
     * For OpenPDF, embedded as a subset of the glyphs a document uses. A new instance per document: a BaseFont reads
     * its font program through one shared position while writing, so documents rendered at once must not share it.
     */
    public static BaseFont pdf() {
        try {
            return BaseFont.createFont("NotoSansCJKsc-Regular-subset.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, Loaded.BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every character of {@code text} has a glyph (apart from line breaks). */
    public static boolean canDisplay(String text) {
        return Loaded.AWT.canDisplayUpTo(text.replace("\n", "").replace("\r", "")) == -1;
    }

    /** The lazy holder: loaded when first asked for, then kept. */
    private static final class Loaded {

        static final byte[] BYTES = read();
        static final Font AWT = awtFont();

        private static byte[] read() {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Font awtFont() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BYTES));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
