package cn.haztrail.manifest.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Optional: when the consignor signed and submitted, for a submission entered afterwards")
record SubmitRequest(@PlausibleDate @Schema(description = "When it was signed and submitted (business time, R25: "
                             + "not before the draft); omitted: when recorded", example = "2026-11-24T10:00:00+08:00")
                     Instant submittedAt,
                     @Schema(description = "Required when the submission happened more than the late-entry window "
                             + "(1 working day) before it is recorded (R26); never more than 10 working days")
                     LateEntryReason lateEntry) {

    static final SubmitRequest NOW = new SubmitRequest(null, null);
}
