package cn.haztrail.batch.web;

import cn.haztrail.shared.web.PlausibleDate;
import cn.haztrail.shared.web.QuantityRequest;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Schema(description = "A generated batch to register at the caller's enterprise (R06); its label id is assigned (R07)")
record RegisterBatchRequest(
        @NotBlank @Size(max = 10) @Schema(description = "废物代码", example = "900-249-08") String wasteCode,
        // Blank used to mean the current edition silently; absent is the one way to say so.
        @Size(max = 10) @Pattern(regexp = "\\S+", message = "must not be blank or contain spaces; leave it out for "
                + "the current edition")
        @Schema(description = "Catalogue edition; the current one when absent", example = "2021")
        String edition,
        @NotNull @Valid QuantityRequest quantity,
        @NotNull @Schema(example = "LIQUID") PhysicalForm physicalForm,
        @NotNull @Valid PackagingRequest packaging,
        @NotNull @Schema(description = "危险特性: T, C, I, R, In; at least what the catalogue demands of the code",
                example = "[\"T\", \"I\"]") List<@NotNull HazardCharacteristic> hazardCharacteristics,
        @NotBlank @Size(max = 500) @Schema(description = "主要成分", example = "废矿物油 95%，水 5%")
        String mainComponents,
        @NotNull @PlausibleDate @Schema(description = "产生日期: when the batch was generated, not in the future",
                example = "2026-11-20T09:30:00+08:00") Instant generatedAt,
        @NotBlank @Size(max = 200) @Schema(description = "贮存位置", example = "1号危废暂存间 A-03")
        String storageLocation) {
}
