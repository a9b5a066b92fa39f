package cn.haztrail.batch.web;

import cn.haztrail.shared.print.CjkFont;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a batch label as a PNG (HJ 1276-2022 content: the 危险废物 title, waste name, code and category, form, main
 * components, hazard characteristics, generation date, producer and contact, the 37-character label id and a QR code)
 * with Java2D, headless, in the bundled {@link CjkFont}: a server needs no installed font. Captions stay bilingual
 * for readers of either language. The QR code is ZXing's, error correction level M, UTF-8.
 */
@Component
public class LabelImage {

    static final int WIDTH = 1000;
    static final int HEIGHT = 760;
    private static final int MARGIN = 28;
    private static final int QR_SIZE = 300;
    private static final int TEXT_WIDTH = WIDTH - 3 * MARGIN - QR_SIZE;
    private static final Color LABEL_YELLOW = new Color(0xFF, 0xD1, 0x00);

    public byte[] png(LabelContent label) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(LABEL_YELLOW);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(6));
            g.drawRect(8, 8, WIDTH - 16, HEIGHT - 16);
            drawTitle(g, label);
            drawFields(g, label);
            g.drawImage(qrCode(label.qrPayload()), WIDTH - MARGIN - QR_SIZE, 120, null);
            drawLabelId(g, label.labelId());
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void drawTitle(Graphics2D g, LabelContent label) {
        g.setFont(font(Font.BOLD, 54));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(label.title(), (WIDTH - metrics.stringWidth(label.title())) / 2, 78);
        g.setFont(font(Font.BOLD, 20));
        String english = "HAZARDOUS WASTE";
        g.drawString(english, (WIDTH - g.getFontMetrics().stringWidth(english)) / 2, 104);
        g.setStroke(new BasicStroke(2));
        g.drawLine(MARGIN, 114, WIDTH - MARGIN, 114);
    }

    private void drawFields(Graphics2D g, LabelContent label) {
        int y = 148;
        y = field(g, y, "废物名称 Waste name", label.wasteName(), 3);
        y = field(g, y, "废物代码 Code / 类别 Category", label.wasteCode() + "   " + label.category() + " "
                + label.categoryName(), 2);
        y = field(g, y, "废物形态 Form", label.physicalForm(), 1);
        y = field(g, y, "主要成分 Main components", label.mainComponents(), 2);
        y = field(g, y, "危险特性 Hazards", String.join(", ", label.hazardCharacteristics()) + "  "
                + label.hazardLabels(), 1);
        y = field(g, y, "产生日期 Generated on", label.generationDate().toString(), 1);
        y = field(g, y, "产生单位 Producer", label.producerName(), 1);
        field(g, y, "联系人 Contact / 电话 Phone", label.contactName() + "  " + label.contactPhone(), 1);
    }

    /** A caption line and up to {@code maxLines} wrapped value lines; returns the next line's baseline. */
    private int field(Graphics2D g, int y, String caption, String value, int maxLines) {
        g.setFont(font(Font.BOLD, 15));
        g.drawString(caption, MARGIN, y);
        g.setFont(font(Font.PLAIN, 19));
        int lineHeight = g.getFontMetrics().getHeight();
        int baseline = y + lineHeight;
        for (String line : wrap(value == null ? "" : value, g.getFontMetrics(), maxLines)) {
            g.drawString(line, MARGIN + 12, baseline);
            baseline += lineHeight;
        }
        return baseline + 6;
    }

    private void drawLabelId(Graphics2D g, String labelId) {
        g.setStroke(new BasicStroke(2));
        g.drawLine(MARGIN, HEIGHT - 84, WIDTH - MARGIN, HEIGHT - 84);
        g.setFont(font(Font.BOLD, 15));
        g.drawString("数字识别码 Label id", MARGIN, HEIGHT - 60);
        g.setFont(font(Font.BOLD, 28));
        g.drawString(labelId, MARGIN, HEIGHT - 28);
    }

    /** Breaks text by width, character by character (Chinese has no spaces); the last line ends in … if cut. */
    static List<String> wrap(String text, FontMetrics metrics, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (metrics.stringWidth(line.toString() + c) > TEXT_WIDTH - 12 && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    String last = lines.remove(maxLines - 1);
                    lines.add(last.substring(0, Math.max(0, last.length() - 1)) + "…");
                    return lines;
                }
            }
            line.append(c);
        }
        lines.add(line.toString());
        return lines;
    }

    private static BufferedImage qrCode(String payload) {
        try {
            var matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 2));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the label's QR payload", e);
        }
    }

    /** Every text of the label is drawn in this font. */
    static Font font(int style, float size) {
        return CjkFont.awt(style, size);
    }
}
