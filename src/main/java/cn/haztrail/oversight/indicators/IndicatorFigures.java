package cn.haztrail.oversight.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The plan indicators of one region and period, for all waste or one category. Tonnes are exact, scale 3. Figures
 * that do not apply or have a zero denominator are sent as an explicit null, not left out.
 */
@Schema(description = "Plan indicators of a region and period (tonnes as exact decimal strings, scale 3)")
public record IndicatorFigures(
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Origin view: declared tonnes generated in the period by producers in the region. "
                + "Null in the facility view.", example = "8.250", nullable = true) String generated,
        @Schema(description = "Accepted tonnes received in the period: origin view, of the region's waste by any "
                + "receiver; facility view, by receivers in the region (the facility view's intake)",
                example = "6.400") String received,
        @Schema(description = "Stock carried in from earlier periods: origin view, declared tonnes generated before "
                + "`from` and not utilized or disposed of before `from`; facility view, accepted tonnes received "
                + "before `from` and not utilized or disposed of before `from`", example = "2.000")
        String stockCarriedIn,
        @Schema(description = "Utilized in the period (R1-R15, C2, C3), treated tonnes", example = "3.000")
        String utilized,
        @Schema(description = "Incinerated in the period (D10, Y10)", example = "1.900") String incinerated,
        @Schema(description = "Co-processed in cement kilns in the period (C1); counts as disposal",
                example = "1.500") String coProcessed,
        @Schema(description = "Landfilled in the period (D1)", example = "0.500") String landfilled,
        @Schema(description = "Other disposal in the period (D9, D16, Y11-Y16 and the rest)", example = "0.000")
        String otherDisposal,
        @Schema(description = "incinerated + coProcessed + landfilled + otherDisposal", example = "3.900")
        String disposed,
        @Schema(description = "In storage at period end: what was generated (origin view) or received (facility "
                + "view) by `to` and not utilized or disposed of by `to`, wherever it is (producer's store, in "
                + "transit, at a receiver, under a storage/collection code); same tonnes as stockCarriedIn",
                example = "3.250") String inStorageAtEnd,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "处置利用率 = (utilized + disposed) / (generated + stockCarriedIn) in the origin view, "
                + "(utilized + disposed) / (received + stockCarriedIn) in the facility view; 4 decimals, null when "
                + "the denominator is zero", example = "0.6732", nullable = true) BigDecimal utilizationDisposalRate,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "填埋处置量占比 = landfilled / (utilized + disposed); 4 decimals, null when nothing was "
                + "treated", example = "0.0725", nullable = true) BigDecimal landfillShare,
        @Schema(description = "The mix by method kind; storage/collection codes count as neither")
        List<MethodShare> mix,
        @Schema(description = "Batches that would count in this period but were declared as a volume (L, m3), so "
                + "have no mass: left out of every figure above (origin view only)", example = "1")
        int batchesLeftOut) {
}
