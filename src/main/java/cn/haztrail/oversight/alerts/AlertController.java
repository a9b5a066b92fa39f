package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/oversight/alerts")
@Tag(name = "Oversight", description = "What regulators watch across the custody chain")
class AlertController {

    private final AlertQueries queries;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;

    AlertController(AlertQueries queries, RegionDirectory regions, CurrentCaller currentCaller) {
        this.queries = queries;
        this.regions = regions;
        this.currentCaller = currentCaller;
    }

    @GetMapping
    @Operation(operationId = "listAlerts",
            summary = "Alerts in the caller's jurisdiction, newest first",
            description = "Regulators only. An alert is in a jurisdiction when its origin or destination region lies "
                    + "in it. Receipts overdue (R16), long transits (haztrail.oversight.transit-limit), storage "
                    + "overdue (R09), discrepancies (R17), loading refused (R13), the receiver refused (R03-R05), "
                    + "approvals near their cap or expiry (R14). An alert closes by itself when its cause is "
                    + "resolved and stays in history. The list follows the events within moments.")
    PageResponse<AlertView> list(
            @Parameter(description = "Narrow to a region inside the jurisdiction (6-digit division code); a region "
                    + "outside it is refused with 403", schema = @Schema(type = "string", example = "360200"))
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code")
            String region,
            @RequestParam(required = false) AlertType type,
            @Parameter(schema = @Schema(allowableValues = {"open", "closed", "all"}, defaultValue = "open"))
            @RequestParam(defaultValue = "open") @Pattern(regexp = "open|closed|all",
                    message = "must be open, closed or all") String state,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Caller caller = currentCaller.get();
        if (!caller.isRegulator() || caller.jurisdiction() == null) {
            throw new AccessDeniedException("Alerts are for regulators with a jurisdiction");
        }
        if (region != null && !regions.contains(caller.jurisdiction(), region)) {
            throw new AccessDeniedException("Region " + region + " is not in jurisdiction " + caller.jurisdiction());
        }
        AlertState wanted = switch (state) {
            case "closed" -> AlertState.CLOSED;
            case "all" -> null;
            default -> AlertState.OPEN;
        };
        return queries.list(caller.jurisdiction(), region, type, wanted, page, size);
    }
}
