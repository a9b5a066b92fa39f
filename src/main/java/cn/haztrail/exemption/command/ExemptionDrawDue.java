package cn.haztrail.exemption.command;

import java.time.Instant;
import java.util.UUID;

/** The payload of a hold's expiry deadline; it names the hold's expiry so that it cannot end a later hold. */
record ExemptionDrawDue(UUID manifestId, Instant expiresAt) {
}
