package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.FieldProblem;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.PlausibleDate;
import cn.haztrail.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/v1/oversight/alerts")
@Tag(name = "Oversight", description = "What regulators watch across the custody chain")
class AlertController {

    private static final String ALL = "ALL";

    private final AlertQueries queries;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;
    private final ZoneId zone;

    AlertController(AlertQueries queries, RegionDirectory regions, CurrentCaller currentCaller, ZoneProperties zone) {
        this.queries = queries;
        this.regions = regions;
        this.currentCaller = currentCaller;
        this.zone = zone.zone();
    }

    @GetMapping
    @Operation(operationId = "listAlerts",
            summary = "Alerts in the caller's jurisdiction, newest first",
            description = "Regulators only. An alert is in a jurisdiction when its origin or destination region lies "
                    + "in it. Receipts overdue (R16), long transits (haztrail.oversight.transit-limit), storage "
                    + "overdue (R09), discrepancies (R17), loading refused (R13), the receiver refused (R03-R05), "
                    + "approvals near their cap or expiry (R14). An alert closes by itself when its cause is "
                    + "resolved and stays in history. Alerts judge business time: a long transit is pickup to "
                    + "arrival as they happened, so a trip recorded after it ended raises one only if it was long, "
                    + "and then it is listed closed from the start. `from`/`to` list the alerts whose cause arose "
                    + "(openedAt) in that period of days, whatever their state unless `state` says otherwise. The "
                    + "list follows the events within moments.")
    PageResponse<AlertView> list(
            @Parameter(description = "Narrow to a region inside the jurisdiction (6-digit division code); a region "
                    + "outside it is refused with 403", schema = @Schema(type = "string", example = "360200"))
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code")
            String region,
            @RequestParam(required = false) AlertType type,
            @Parameter(description = "OPEN or CLOSED, spelt as the answers spell an alert's state, or ALL. Default: "
                    + "OPEN, or ALL when a period (from or to) is given", schema = @Schema(type = "string",
                    allowableValues = {"OPEN", "CLOSED", "ALL"}))
            @RequestParam(required = false) String state,
            @Parameter(description = "First day (Asia/Shanghai) in which the alert's cause arose, included",
                    example = "2026-11-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
            LocalDate from,
            @Parameter(description = "Last day (Asia/Shanghai) in which the alert's cause arose, included",
                    example = "2026-11-30")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
            LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Caller caller = currentCaller.get();
        if (!caller.isRegulator() || caller.jurisdiction() == null) {
            throw new AccessDeniedException("Alerts are for regulators with a jurisdiction");
        }
        if (region != null && !regions.contains(caller.jurisdiction(), region)) {
            throw new AccessDeniedException("Region " + region + " is not in jurisdiction " + caller.jurisdiction());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFilter("from", "must not be after to (" + to + ")");
        }
        boolean period = from != null || to != null;
        AlertState wanted = wanted(state == null ? (period ? ALL : AlertState.OPEN.name()) : state);
        return queries.list(caller.jurisdiction(), region, type, wanted, AlertPeriod.ofDays(from, to, zone), page,
                size);
    }

    /** The state as the answers spell it; the lower-case spelling of earlier versions is still understood. */
    private static AlertState wanted(String state) {
        String spelt = state.trim().toUpperCase(Locale.ROOT);
        if (ALL.equals(spelt)) {
            return null;
        }
        try {
            return AlertState.valueOf(spelt);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFilter("state", "must be OPEN, CLOSED or ALL");
        }
    }

    @ExceptionHandler(InvalidFilter.class)
    ProblemDetail invalid(InvalidFilter e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid parameters."), List.of(new FieldProblem(e.field, e.getMessage(), null)));
    }

    private static final class InvalidFilter extends RuntimeException {

        private final String field;

        InvalidFilter(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }
}
