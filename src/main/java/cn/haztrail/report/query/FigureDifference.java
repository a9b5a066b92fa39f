package cn.haztrail.report.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "A figure whose submitted value differs from the value recomputed from today's events "
        + "(events recorded after the submission, late entries or corrections, change the draft)")
public record FigureDifference(
        @Schema(description = "Which figure: a total, or an entry such as received[HW08/D10], stock[HW08].end, "
                + "lineUse[赣危废经字第360200001号/HW08].acceptedTonnes", example = "received[HW08/D10]") String figure,
        @Schema(description = "As submitted; null when the submission has no such entry", example = "12.500",
                nullable = true) BigDecimal submitted,
        @Schema(description = "As recomputed now; null when the draft has no such entry", example = "13.100",
                nullable = true) BigDecimal recomputed) {
}
