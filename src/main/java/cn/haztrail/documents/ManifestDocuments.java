package cn.haztrail.documents;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.query.ManifestView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The printable manifest of a manifest the caller may read, as the API and the console both serve it: one renderer,
 * one file name, one set of headers.
 */
@Component
public class ManifestDocuments {

    private final ManifestSheets sheets;
    private final WorkingDayCalendar calendar;

    ManifestDocuments(ManifestSheets sheets, WorkingDayCalendar calendar) {
        this.sheets = sheets;
        this.calendar = calendar;
    }

    /** @param manifest already checked to be readable by the caller (R21) */
    public ResponseEntity<byte[]> pdf(ManifestView manifest) {
        byte[] pdf = new ManifestPdf(calendar.zone()).render(sheets.of(manifest));
        String name = manifest.number() != null ? manifest.number() : "draft-" + manifest.id();
        return Documents.inline(pdf, name + ".pdf");
    }
}
