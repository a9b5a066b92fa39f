package cn.haztrail.exemption.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(description = "A receipt drawn on the exemption, the tonnes over its cap, or a draw it refused (R37)")
public record ExemptionDrawView(
        ExemptionDrawKind kind,
        UUID manifestId,
        @Schema(description = "Tonnes drawn, over the cap, or asked for and refused", example = "12.480")
        BigDecimal tonnes,
        @Schema(description = "The rule a refusal names", example = "R37") String rule,
        @Schema(description = "Why the draw was refused", example = "exemption has 2 t left of 100 t, 12.48 t asked")
        String reason,
        Instant recordedAt) {
}
