package cn.haztrail.account.web;

import cn.haztrail.registry.api.PartyRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

@Schema(name = "OpenAccountRequest", description = "A regulator, or the first manager of an enterprise")
record OpenAccountRequest(
        @NotBlank @Pattern(regexp = AccountRequests.USERNAME, message = AccountRequests.USERNAME_MESSAGE)
        @Schema(example = "wang.jianguo") String username,
        @NotNull @Schema(example = "ENTERPRISE_MANAGER") Kind kind,
        @Schema(description = "REGULATOR only: 6-digit region code", nullable = true, example = "360200")
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String jurisdiction,
        @Schema(description = "ENTERPRISE_MANAGER only", nullable = true) UUID enterpriseId,
        @Schema(description = "ENTERPRISE_MANAGER only: the enterprise's party role the manager acts in; needed only "
                + "when the enterprise plays several", nullable = true) PartyRole actsAs) {

    enum Kind {
        REGULATOR, ENTERPRISE_MANAGER
    }
}
