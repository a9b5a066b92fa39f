package cn.haztrail.enrolment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "EnrolmentRefusalRequest", description = "Why the application is refused; the applicant reads it")
record RefuseRequest(@NotBlank @Size(max = 500) @Schema(example = "营业执照信息与信用代码不符") String reason) {
}
