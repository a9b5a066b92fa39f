package cn.haztrail.personal;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person as shown to those allowed to see them; after erasure only {@code erased = true} remains. */
@Schema(description = "A contact person; personal data is kept outside the event store and can be erased")
public record PersonalDetails(
        @Schema(example = "王建国") String name,
        @Schema(example = "0798-8561234") String phone,
        @Schema(example = "hse@jdz-chem.example.cn") String email,
        boolean erased) {
}
