package cn.haztrail.registry.command;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of a hold's expiry deadline. It names the hold's expiry too, so that a deadline of a hold already
 * ended cannot end a later hold for the same manifest (deadlines are not cancelled one by one).
 */
record AdmissionReservationDue(UUID manifestId, Instant expiresAt) {
}
