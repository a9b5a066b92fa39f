package cn.haztrail.documents;

import cn.haztrail.shared.print.CjkFont;
import cn.haztrail.shared.web.QuantityView;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** What both printed documents share: the bundled font in a few sizes, table cells, times, quantities, QR codes. */
final class PdfKit {

    static final Color LABEL_GREY = new Color(0xEE, 0xEE, 0xEE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final BaseFont base = CjkFont.pdf();
    final Font title = new Font(base, 17, Font.BOLD);
    final Font heading = new Font(base, 11, Font.BOLD);
    final Font label = new Font(base, 8.5f);
    final Font value = new Font(base, 9);
    final Font small = new Font(base, 7);
    final ZoneId zone;

    PdfKit(ZoneId zone) {
        this.zone = zone;
    }

    /** An A4 document, its margins leaving room for the footer. */
    static Document a4(boolean landscape) {
        return new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 60);
    }

    /** Opens {@code document} writing into {@code out}, its pages decorated by {@code pages}. */
    static PdfWriter open(Document document, ByteArrayOutputStream out, String title, PageDecoration pages) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(pages);
        document.addTitle(title);
        document.addCreator("HazTrail");
        document.open();
        return writer;
    }

    PdfPCell label(String text) {
        PdfPCell cell = cell(text, label, 1);
        cell.setBackgroundColor(LABEL_GREY);
        return cell;
    }

    PdfPCell value(String text) {
        return cell(text, value, 1);
    }

    PdfPCell value(String text, int colspan) {
        return cell(text, value, colspan);
    }

    PdfPCell cell(String text, Font font, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setColspan(colspan);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** Times as the parties' clocks show them (the installation's zone, Asia/Shanghai by default). */
    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    static String quantity(QuantityView quantity) {
        return quantity == null ? "" : quantity.value() + " " + quantity.unit();
    }

    /** A QR code drawn as vector squares: sharp at any print size. */
    static Image qrCode(PdfWriter writer, String payload, float size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 1));
            float module = size / matrix.getWidth();
            PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
            template.setColorFill(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        template.rectangle(x * module, size - (y + 1) * module, module, module);
                    }
                }
            }
            template.fill();
            return Image.getInstance(template);
        } catch (WriterException | BadElementException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    /** Draws {@code text} in the bottom margin of the page. */
    static void footerLine(PdfContentByte canvas, Font font, String text, float x, float y, int alignment) {
        com.lowagie.text.pdf.ColumnText.showTextAligned(canvas, alignment, new Phrase(text, font), x, y, 0);
    }

    void section(Document document, String caption) {
        Paragraph paragraph = new Paragraph(caption, heading);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(3);
        document.add(paragraph);
    }

    static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    static String text(String text) {
        return text == null ? "" : text;
    }
}
