package cn.haztrail.exemption.web;

import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

@Schema(description = "Revokes an exemption before its end date (R36)")
record RevokeExemptionRequest(
        @NotBlank @Size(max = 500) @Schema(description = "Why it is revoked", example = "利用单位整改期间暂停")
        String reason,
        @PlausibleDate @Schema(description = "When it was revoked (business time, R25); omitted: when recorded")
        Instant revokedAt) {
}
