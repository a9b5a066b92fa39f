package cn.haztrail.catalogue.web;

import java.util.Set;

import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.HazardRequirement;
import cn.haztrail.catalogue.WasteCodeEntry;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "One entry of the National Hazardous Waste List (国家危险废物名录) in one edition")
public record WasteCodeView(
        @Schema(example = "2021") String edition,
        @Schema(example = "HW08") String category,
        @Schema(example = "废矿物油与含矿物油废物") String categoryName,
        @Schema(description = "行业来源, as printed", example = "非特定行业") String industrySource,
        @Schema(example = "900-249-08") String code,
        @Schema(example = "其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物") String description,
        @Schema(description = "危险特性 as printed: 'T,I' = first certain, others possible; 'T/C' = one or more",
                example = "T,I") String hazardNotation,
        @Schema(description = "every characteristic the list names for the code",
                example = "[\"T\", \"I\"]") Set<HazardCharacteristic> hazardCharacteristics,
        @Schema(description = "a batch must carry all of these (rule R06)",
                example = "[\"T\"]") Set<HazardCharacteristic> certain,
        @Schema(description = "a batch must carry at least one of these (rule R06)",
                example = "[]") Set<HazardCharacteristic> oneOrMoreOf,
        @Schema(example = "具有毒性，可能具有易燃性") String hazardExplanationZh,
        @Schema(example = "toxicity certain; ignitability possible") String hazardExplanation,
        @Schema(description = "HW01 medical waste (医疗废物)", example = "false") boolean medical) {

    static WasteCodeView of(WasteCodeEntry entry) {
        HazardRequirement hazard = entry.hazardRequirement();
        return new WasteCodeView(entry.edition(), entry.category().code(), entry.categoryName(),
                entry.industrySource(), entry.code().value(), entry.description(), hazard.notation(), hazard.all(),
                hazard.certain(), hazard.oneOrMoreOf(), hazard.explanationZh(), hazard.explanation(),
                entry.isMedical());
    }
}
