package cn.haztrail.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "Contact person; stored apart from the event history so that it can be erased")
public record ContactRequest(
        @NotBlank @Size(max = 100) @Schema(example = "王建国") String name,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number")
        @Schema(example = "0798-8561234") String phone,
        @Email @Size(max = 200) @Schema(example = "hse@jdz-chem.example.cn") String email) {
}
