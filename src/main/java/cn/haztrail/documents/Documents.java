package cn.haztrail.documents;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a printed document goes out: a PDF shown in the browser, under a file name, never cached (it names its print time). */
public final class Documents {

    private Documents() {
    }

    public static ResponseEntity<byte[]> inline(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
