package cn.haztrail.enrolment.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ManagerActivationView", description = "The first manager's one-time activation token (R28): set the "
        + "password with POST /api/v1/accounts/activation; HazTrail keeps only its hash")
record ManagerActivationView(
        String accountId,
        @Schema(example = "wang.jianguo") String username,
        @Schema(example = "q3Xh0bq1T1m2cZk9H1rLwE8pVn4sY7aD6fJ2uK5oR0c") String activationToken,
        Instant activationExpiresAt) {
}
