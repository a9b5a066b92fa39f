package cn.haztrail.account.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "OpenedAccountView", description = "A new account and its one-time activation token: hand the token "
        + "to the person; HazTrail keeps only its hash and cannot show it again")
record OpenedAccountView(String accountId, String username, String activationToken, Instant activationExpiresAt) {
}
