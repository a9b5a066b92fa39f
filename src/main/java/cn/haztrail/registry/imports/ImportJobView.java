package cn.haztrail.registry.imports;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "EnterpriseImportJob", description = "An import of an enterprise file: its state, its counts so far "
        + "and every refused row")
public record ImportJobView(
        UUID id,
        ImportState state,
        @Schema(example = "景德镇市企业名录.xlsx", nullable = true) String fileName,
        @Schema(description = "Rows of the file with at least one filled cell", example = "2000") int total,
        @Schema(description = "Rows imported or refused so far", example = "1200") int processed,
        @Schema(description = "Rows that registered a new enterprise", example = "1150") int created,
        @Schema(description = "Rows that added a licence, permit or vehicle to a registered enterprise",
                example = "10") int updated,
        @Schema(description = "Rows whose enterprise was registered with all of it already", example = "38")
        int unchanged,
        @Schema(description = "Rows refused; nothing of such a row was stored", example = "2") int refused,
        Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @ArraySchema(schema = @Schema(implementation = RefusedRow.class)) List<RefusedRow> refusedRows) {

    @Schema(name = "EnterpriseImportRefusedRow", description = "A row that was not imported, and why")
    public record RefusedRow(
            @Schema(description = "The row as the file shows it; the header is row 1", example = "17") int row,
            @Schema(description = "The column at fault, by its English name", example = "licenceLines",
                    nullable = true) String column,
            @Schema(description = "Why, in the caller's language (Accept-Language)",
                    example = "unknown role SHIPPER: write PRODUCER, COLLECTOR, CARRIER or RECEIVER") String reason,
            @Schema(description = "The rule of the rules reference, when one applies", example = "R03",
                    nullable = true) String rule,
            @Schema(description = "The message code of the reason", example = "refused.import.unknown-role")
            String code) {
    }
}
