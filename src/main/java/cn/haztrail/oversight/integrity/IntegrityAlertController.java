package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Integrity alerts for regulators and administrators (IntegrityAccessRules): any regulator, whatever its region. */
@RestController
@Tag(name = "Oversight: integrity")
class IntegrityAlertController {

    private final IntegrityAlerts alerts;

    IntegrityAlertController(IntegrityAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/oversight/integrity/alerts")
    @Operation(operationId = "listIntegrityAlerts",
            summary = "What HazTrail found changed in its database, newest first (R23)", description = "Regulators "
            + "(of any jurisdiction: an alert names a stream and what was found, never its content, like the "
            + "integrity reports) and administrators. SNAPSHOT_MISMATCH: a snapshot did not match the hash chain when "
            + "the aggregate was loaded, so it was not used and the aggregate was rebuilt from its events; someone "
            + "changed snapshot_event_entry outside HazTrail. Alerts stay listed as evidence; "
            + "GET /api/v1/oversight/integrity/{streamId} keeps reporting the stream. Administrators also get it "
            + "in GET /api/v1/admin/alerts.")
    PageResponse<IntegrityAlertView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return alerts.list(page, size);
    }
}
