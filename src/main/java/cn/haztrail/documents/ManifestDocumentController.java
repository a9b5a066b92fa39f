package cn.haztrail.documents;

import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable transfer manifest (危险废物转移联单), read under the same rules as the manifest itself (R21): whoever
 * may not read it gets the same 404 as for the JSON.
 */
@RestController
@Tag(name = "Manifests")
class ManifestDocumentController {

    private final ManifestQueries manifests;
    private final ManifestDocuments documents;
    private final CurrentCaller currentCaller;

    ManifestDocumentController(ManifestQueries manifests, ManifestDocuments documents, CurrentCaller currentCaller) {
        this.manifests = manifests;
        this.documents = documents;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/api/v1/manifests/{idOrNumber}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getManifestDocumentPdf",
            summary = "The manifest as a printable PDF (危险废物转移联单), by id or 14-digit number",
            description = "The fields of the national form: number, consignor, carriers with vehicles and drivers "
                    + "(unless erased), receiver with its licence, the lines declared and accepted, every party's "
                    + "confirmation with business and recording time (Asia/Shanghai), a QR code with the public "
                    + "address of the manifest, and a footer with the stream's hash head (R23) and the printing time. "
                    + "Chinese is set in the font that ships with HazTrail. A draft is watermarked 草稿 无效, a "
                    + "cancelled manifest 已作废. Readable by whoever may read the manifest (R21).")
    @ApiResponse(responseCode = "200", description = "The manifest document",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable String idOrNumber) {
        ManifestView manifest = manifests.find(idOrNumber, currentCaller.get())
                .orElseThrow(() -> CommandRefused.notFound("id",
                        Translatable.of("refused.manifest.unknown-manifest", idOrNumber)));
        return documents.pdf(manifest);
    }
}
