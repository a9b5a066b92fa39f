package cn.haztrail.ledger.web;

import cn.haztrail.ledger.export.ExportFormat;
import cn.haztrail.ledger.query.Register;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "LedgerExportRequest", description = "What to export: the whole ledger or one register, filtered")
public record ExportRequest(
        @NotNull ExportFormat format,
        @Schema(description = "One register; none: the whole ledger", nullable = true) Register register,
        @PlausibleDate @Schema(description = "First day, included", nullable = true) LocalDate from,
        @PlausibleDate @Schema(description = "Last day, included", nullable = true) LocalDate to,
        @Schema(nullable = true, example = "900-249-08")
        @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}", message = "must be a waste code like 900-249-08") String wasteCode,
        @Schema(nullable = true) UUID counterpartyId) {
}
