package cn.haztrail.console.scan;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "扫码" buttons' decoder for browsers without a built-in QR reader (BarcodeDetector): the page posts camera
 * frames here and gets back the text of the code in them (204 while there is none). Signed-in people only, with the
 * page's CSRF token, like every other console write.
 */
@RestController
class ScanController {

    @PostMapping(path = "/console/scan", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE},
            produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> decode(@RequestBody byte[] frame) {
        return QrFrames.decode(frame).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
