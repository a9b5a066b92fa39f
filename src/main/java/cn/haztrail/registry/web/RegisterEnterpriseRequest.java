package cn.haztrail.registry.web;

import cn.haztrail.registry.ValidCreditCode;
import cn.haztrail.registry.api.PartyRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "An enterprise to register (产生单位, 收集单位, 承运人, 接受单位)")
public record RegisterEnterpriseRequest(
        @NotBlank @ValidCreditCode
        @Schema(description = "统一社会信用代码", example = "91360200MA35G8XK2H") String creditCode,
        @NotBlank @Size(max = 200) @Schema(example = "景德镇市昌南化工有限公司") String name,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code")
        @Schema(description = "行政区划代码 of the site", example = "360203") String regionCode,
        @NotBlank @Size(max = 500) @Schema(example = "江西省景德镇市珠山区昌江大道88号") String address,
        @NotNull @Valid ContactRequest contact,
        @NotEmpty @Schema(example = "[\"PRODUCER\"]") List<@NotNull PartyRole> roles) {
}
