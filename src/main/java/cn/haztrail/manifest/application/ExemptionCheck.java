package cn.haztrail.manifest.application;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.exemption.api.CheckExemption;
import cn.haztrail.exemption.api.ExemptionLookup;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.command.ExemptLineRules;
import cn.haztrail.shared.domain.CommandRefused;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks the exemptions' command-side lookup whether each exempt line of a manifest is covered (R37): the exemption
 * recorded, not revoked, valid on the day, for this consignor, receiver, code and method, with the tonnes of all its
 * lines on this manifest left. Drafting and submission ask it; the receipt then holds the quantity on the exemption.
 */
@Component
class ExemptionCheck {

    /** A line as the check needs it; {@code tonnes} null when the line is declared by volume. */
    record Line(UUID batchId, String wasteCode, BigDecimal tonnes) {
    }

    private final ExemptionLookup lookup;
    private final WorkingDayCalendar calendar;

    ExemptionCheck(ExemptionLookup lookup, WorkingDayCalendar calendar) {
        this.lookup = lookup;
        this.calendar = calendar;
    }

    /** @throws CommandRefused naming R37 and the exempt line ({@code exemptLines[i]...}) or the planned method */
    void check(UUID consignorId, UUID receiverId, String method, List<Line> lines, List<ExemptLine> exemptLines,
               Instant at) {
        Map<UUID, Line> byBatch = lines.stream().collect(Collectors.toMap(Line::batchId, Function.identity(),
                (first, twice) -> first));
        Map<UUID, BigDecimal> tonnes = exemptLines.stream().collect(Collectors.toMap(ExemptLine::exemptionId,
                exempt -> tonnesOf(byBatch.get(exempt.batchId())), BigDecimal::add));
        for (int i = 0; i < exemptLines.size(); i++) {
            ExemptLine exempt = exemptLines.get(i);
            Line line = byBatch.get(exempt.batchId());
            if (line == null) {
                continue; // not a line of this manifest: refused with the draft's own rules (ExemptLineRules)
            }
            try {
                lookup.check(new CheckExemption(exempt.exemptionId(), consignorId, receiverId,
                        line.wasteCode(), method, tonnes.get(exempt.exemptionId()),
                        at.atZone(calendar.zone()).toLocalDate()));
            } catch (CommandRefused refused) {
                throw onLine(refused, i);
            }
        }
    }

    /** The lookup names its own question's fields; the caller sees the request's. */
    private static CommandRefused onLine(CommandRefused refused, int index) {
        String field = switch (refused.field() == null ? "" : refused.field()) {
            case "methodCode" -> "plannedMethod";
            case "wasteCode" -> ExemptLineRules.field(index) + ".batchId";
            default -> ExemptLineRules.field(index) + ".exemptionId";
        };
        String rule = refused.rule() == null ? "R37" : refused.rule();
        return refused.text() == null ? new CommandRefused(refused.reason(), rule, field, refused.getMessage())
                : new CommandRefused(refused.reason(), rule, field, refused.text());
    }

    private static BigDecimal tonnesOf(Line line) {
        return line == null || line.tonnes() == null ? BigDecimal.ZERO : line.tonnes();
    }
}
