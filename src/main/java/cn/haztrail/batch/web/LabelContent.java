package cn.haztrail.batch.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * What a batch label shows under HJ 1276-2022, for printing systems that lay labels out themselves; the same content
 * as {@code label.png}. The contact person is shown because the standard puts it on the label.
 */
@Schema(description = "The content of a hazardous-waste label (HJ 1276-2022)")
public record LabelContent(
        @Schema(example = "危险废物") String title,
        @Schema(description = "废物名称", example = "其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物")
        String wasteName,
        @Schema(description = "废物代码", example = "900-249-08") String wasteCode,
        @Schema(description = "废物类别", example = "HW08") String category,
        @Schema(example = "废矿物油与含矿物油废物") String categoryName,
        @Schema(description = "废物形态", example = "液态") String physicalForm,
        @Schema(description = "主要成分", example = "废矿物油 95%，水 5%") String mainComponents,
        @Schema(description = "危险特性 codes", example = "[\"T\", \"I\"]") List<String> hazardCharacteristics,
        @Schema(description = "危险特性 in words", example = "毒性、易燃性") String hazardLabels,
        @Schema(description = "产生日期 (Asia/Shanghai)", example = "2026-11-20") LocalDate generationDate,
        @Schema(description = "产生单位", example = "景德镇市昌南化工有限公司") String producerName,
        @Schema(description = "联系人", example = "王建国") String contactName,
        @Schema(description = "联系方式", example = "0798-8561234") String contactPhone,
        @Schema(description = "数字识别码, 37 characters", example = "91360200MA35G8XK2H9002490820261120001")
        String labelId,
        @Schema(description = "What the QR code holds",
                example = "http://localhost:8080/l/91360200MA35G8XK2H9002490820261120001")
        String qrPayload) {
}
