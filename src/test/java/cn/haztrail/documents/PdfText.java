package cn.haztrail.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A printed document read back as an inspector's tools would: its text and the fonts its pages use. */
record PdfText(String text, List<String> fontNames, List<Boolean> fontsEmbedded, int pages) {

    static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName());
                    embedded.add(font.isEmbedded());
                }
            }
            return new PdfText(new PDFTextStripper().getText(document), names, embedded, document.getNumberOfPages());
        }
    }

    /** The text without line breaks, so that a value wrapped inside its table cell is found whole. */
    String flat() {
        return text.replace("\r", "").replace("\n", "");
    }
}
