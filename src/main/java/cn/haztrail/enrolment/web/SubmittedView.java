package cn.haztrail.enrolment.web;

import cn.haztrail.enrolment.api.EnrolmentState;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "EnrolmentSubmittedView", description = "The new application and its tracking token: keep the token, "
        + "HazTrail keeps only its hash and cannot show it again")
record SubmittedView(
        UUID id,
        @Schema(example = "PENDING") EnrolmentState state,
        @Schema(description = "Send as X-Application-Token to read the application and to fetch the first manager's "
                + "activation token", example = "b1V0x9kQy3m0N8rTt2aZpE6wL4sJ7dF5hC1uG9oR2eA") String trackingToken) {
}
