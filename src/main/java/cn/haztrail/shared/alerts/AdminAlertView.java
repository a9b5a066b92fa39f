package cn.haztrail.shared.alerts;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "An alert for administrators: something the platform needs them to do")
public record AdminAlertView(
        UUID id,
        @Schema(example = "CALENDAR_MISSING") AdminAlertType type,
        @Schema(description = "What it is about; for CALENDAR_MISSING the year", example = "2027") String subject,
        @Schema(allowableValues = {"OPEN", "CLOSED"}, example = "OPEN") String state,
        @Schema(description = "Since when the cause stands", example = "2026-11-01T16:00:00Z") Instant openedAt,
        @Schema(description = "When the cause was resolved; absent while open", nullable = true) Instant closedAt,
        @Schema(description = "The rule of RULES.md at stake", nullable = true, example = "R16") String ruleId,
        @Schema(example = "No holiday calendar for 2027, which starts on 2027-01-01: working days there count "
                + "weekends only. Add it with PUT /api/v1/catalogue/calendars/2027.") String detail) {
}
