package cn.haztrail.manifest.web;

import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.web.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.Instant;

@Schema(description = "An optional reason for approving or rejecting a correction, and when it was decided")
public record DecisionRequest(@Size(max = 500) @Schema(example = "同意") String reason,
                       @PlausibleDate @Schema(description = "When it was decided (business time, R25); omitted: "
                               + "when recorded") Instant decidedAt,
                       @Schema(description = "Required when the step happened more than the late-entry window (1 working day) before "
                               + "it is recorded, e.g. a paper manifest entered afterwards (R26); never more than 10 working days")
                       LateEntryReason lateEntry) {

    static final DecisionRequest NONE = new DecisionRequest(null, null, null);
}
