package cn.haztrail.batch.web;

import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.StreamVersions;
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

import java.util.UUID;

/**
 * Labels (HJ 1276-2022, R07): the printable image and its content, and the address a label's QR code holds, which
 * answers the batch. The same reading rules as the batch itself apply (R21).
 */
@RestController
@Tag(name = "Batches")
class LabelController {

    private final BatchQueries queries;
    private final BatchReaders readers;
    private final LabelContents contents;
    private final LabelImage image;
    private final CurrentCaller currentCaller;

    LabelController(BatchQueries queries, BatchReaders readers, LabelContents contents, LabelImage image,
                    CurrentCaller currentCaller) {
        this.queries = queries;
        this.readers = readers;
        this.contents = contents;
        this.image = image;
        this.currentCaller = currentCaller;
    }

    @GetMapping(path = "/api/v1/batches/{id}/label.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(operationId = "getBatchLabelPng",
            summary = "The batch's label as a PNG image with its QR code", description = "Drawn in the CJK font "
            + "that ships with HazTrail: the server needs no installed font.")
    @ApiResponse(responseCode = "200", description = "The label",
            content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> png(@PathVariable UUID id) {
        BatchView batch = visible(id);
        return ResponseEntity.ok().eTag(StreamVersions.etag(batch.version())).contentType(MediaType.IMAGE_PNG)
                .body(image.png(contents.of(batch)));
    }

    @GetMapping("/api/v1/batches/{id}/label")
    @Operation(operationId = "getBatchLabel",
            summary = "The content of the batch's label, for printing systems")
    ResponseEntity<LabelContent> content(@PathVariable UUID id) {
        BatchView batch = visible(id);
        return StreamVersions.ok(contents.of(batch), batch.version());
    }

    @GetMapping("/api/v1/labels/{labelId}")
    @Operation(operationId = "getBatchByLabel",
            summary = "The batch a label id names: where a scanned QR code leads (R07)")
    ResponseEntity<BatchView> byLabel(@PathVariable String labelId) {
        BatchView batch = queries.findByLabelId(labelId, readers.of(currentCaller.get()))
                .orElseThrow(() -> CommandRefused.notFound("labelId",
                        Translatable.of("refused.batch.unknown-label", labelId)));
        return StreamVersions.ok(batch, batch.version());
    }

    private BatchView visible(UUID id) {
        return queries.find(id, readers.of(currentCaller.get()))
                .orElseThrow(() -> CommandRefused.notFound("id", Translatable.of("refused.batch.unknown-batch", id)));
    }
}
