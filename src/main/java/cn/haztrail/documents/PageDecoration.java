package cn.haztrail.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.List;

/**
 * On every page: the footer lines (the record's hash head and when the copy was printed) and the page number, and
 * across a copy that is no valid manifest a large watermark such as 草稿 无效.
 */
final class PageDecoration extends PdfPageEventHelper {

    private final PdfKit kit;
    private final List<String> footer;
    private final String watermark;

    /** @param watermark null for none */
    PageDecoration(PdfKit kit, List<String> footer, String watermark) {
        this.kit = kit;
        this.footer = footer;
        this.watermark = watermark;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float y = document.bottom() - 14;
        for (String line : footer) {
            PdfKit.footerLine(canvas, kit.small, line, left, y, Element.ALIGN_LEFT);
            y -= 9;
        }
        PdfKit.footerLine(canvas, kit.small, "第 " + writer.getPageNumber() + " 页", document.right(),
                document.bottom() - 14, Element.ALIGN_RIGHT);
        if (watermark != null) {
            PdfContentByte under = writer.getDirectContentUnder();
            under.saveState();
            PdfGState faint = new PdfGState();
            faint.setFillOpacity(0.18f);
            under.setGState(faint);
            float middleX = (document.left() + document.right()) / 2;
            float middleY = (document.top() + document.bottom()) / 2;
            ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
                    new Phrase(watermark, new Font(kit.base, 96, Font.BOLD, Color.RED)), middleX, middleY, 35);
            under.restoreState();
        }
    }
}
