package cn.haztrail.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "ActivateAccountRequest", description = "The one-time activation token and the password to set (R28)")
record ActivateRequest(
        @NotBlank @Size(max = 100) @Schema(example = "q3Xh0bq1T1m2cZk9H1rLwE8pVn4sY7aD6fJ2uK5oR0c") String token,
        @NotBlank @Size(max = 200) @Schema(example = "景德镇 green kiln 1998") String password) {
}
