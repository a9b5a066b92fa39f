package cn.haztrail.shared.alerts;

import cn.haztrail.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** Administrators' alerts; /api/v1/admin/** is for administrators only. */
@RestController
@Tag(name = "Administration")
class AdminAlertController {

    private final AdminAlerts alerts;

    AdminAlertController(AdminAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/admin/alerts")
    @Operation(summary = "What the platform needs an administrator to do, newest first", description = "Administrators "
            + "only. CALENDAR_MISSING (R16): a year starts within 60 days, or has started, without a holiday "
            + "calendar, so its working days count weekends only; it closes when the year's calendar is added "
            + "(PUT /api/v1/catalogue/calendars/{year}) and stays in history. SNAPSHOT_MISMATCH (R23): a snapshot "
            + "(subject: stream@sequence) did not match the hash chain and was not used; the aggregate was rebuilt "
            + "from its events. It stays open, as evidence that someone changed the database; the integrity check "
            + "keeps reporting the stream.")
    PageResponse<AdminAlertView> list(
            @RequestParam(required = false) AdminAlertType type,
            @Parameter(schema = @Schema(allowableValues = {"open", "closed", "all"}, defaultValue = "open"))
            @RequestParam(defaultValue = "open") @Pattern(regexp = "open|closed|all",
                    message = "must be open, closed or all") String state,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return alerts.list(type, state.equals("all") ? null : state.toUpperCase(Locale.ROOT), page, size);
    }
}
