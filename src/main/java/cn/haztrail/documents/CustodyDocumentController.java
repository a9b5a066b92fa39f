package cn.haztrail.documents;

import cn.haztrail.oversight.custody.CustodySubjects;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The chain of custody as a PDF for inspections (R24), as it stands now, under the same reading rules as the JSON
 * chain (R21): every entry in order, and the integrity of every stream read (R23).
 */
@RestController
@RequestMapping("/api/v1/oversight/custody")
@Tag(name = "Oversight: chain of custody")
class CustodyDocumentController {

    private static final String CONTENT = "Every entry in order (business time, then recording time) with its actor, "
            + "both times in Asia/Shanghai and its late-entry (补录), discrepancy and refusal marks; then every stream "
            + "read with its hash head and whether its hash chain verifies (R23). Chinese, in the font that ships "
            + "with HazTrail.";

    private final CustodySubjects subjects;
    private final CustodyPrints prints;
    private final CurrentCaller currentCaller;

    CustodyDocumentController(CustodySubjects subjects, CustodyPrints prints, CurrentCaller currentCaller) {
        this.subjects = subjects;
        this.prints = prints;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/batches/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getBatchCustodyDocumentPdf",
            summary = "A batch's chain of custody as a printable PDF (R24)", description = CONTENT
            + " Readable by those who may read the batch's chain.")
    @ApiResponse(responseCode = "200", description = "The chain of custody document",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> batch(@PathVariable UUID id) {
        UUID batchId = subjects.batch(id, currentCaller.get());
        return Documents.inline(prints.batch(batchId), "custody-batch-" + batchId + ".pdf");
    }

    @GetMapping(path = "/manifests/{numberOrId}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getManifestCustodyDocumentPdf",
            summary = "A manifest's chain of custody as a printable PDF, by 14-digit number or id (R24)",
            description = CONTENT + " Readable by those who may read the manifest's chain.")
    @ApiResponse(responseCode = "200", description = "The chain of custody document",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> manifest(@PathVariable String numberOrId) {
        UUID manifestId = subjects.manifest(numberOrId, currentCaller.get());
        return Documents.inline(prints.manifest(manifestId), "custody-manifest-" + numberOrId + ".pdf");
    }
}
