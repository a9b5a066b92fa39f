package cn.haztrail.enrolment.query;

import cn.haztrail.enrolment.api.EnrolmentState;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "EnrolmentApplicationView", description = "An enterprise's application to be registered and where it "
        + "stands; no contact data")
public record ApplicationView(
        UUID id,
        @Schema(example = "91360200MA35G8XK2H") String creditCode,
        @Schema(example = "景德镇市昌南化工有限公司") String name,
        @Schema(example = "360203") String regionCode,
        @Schema(example = "[\"PRODUCER\"]") List<String> roles,
        EnrolmentState state,
        Instant submittedAt,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(description = "REFUSED only: why", nullable = true, example = "营业执照信息与信用代码不符") String reason,
        @Schema(description = "APPROVED only: the registered enterprise", nullable = true) UUID enterpriseId,
        @Schema(description = "APPROVED only: the first manager's username", nullable = true,
                example = "wang.jianguo") String managerUsername,
        @Schema(example = "0") long version) {

    /** The view with the first manager's username, shown once the application is approved. */
    public ApplicationView withManager(String username) {
        return state != EnrolmentState.APPROVED ? this : new ApplicationView(id, creditCode, name, regionCode, roles,
                state, submittedAt, decidedAt, reason, enterpriseId, username, version);
    }
}
