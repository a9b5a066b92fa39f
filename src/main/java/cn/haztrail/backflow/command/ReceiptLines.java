package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.ImplausibleAcceptance;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The receiver's decision per line (R18): accepted tonnes and method for what it took, nothing for a rejection; the
 * discrepancies it found (R17) with the containers received and its note; the unit it weighed in and the weighbridge
 * ticket (R27), kept on the line as a native receipt keeps them.
 */
final class ReceiptLines {

    /** As the native receipt's weighbridgeTicket (ReceiptRequest): letters, digits, space . / _ -. */
    private static final java.util.regex.Pattern TICKET =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]*");
    private static final int TICKET_LENGTH = 64;

    private ReceiptLines() {
    }

    static List<LineOutcome> read(SourceRecord record, List<BatchLine> lines, CheckContext context) {
        List<String> decisions = record.list(Field.LINE_DECISIONS);
        List<String> accepted = record.list(Field.LINE_ACCEPTED_TONNES);
        List<String> methods = record.list(Field.LINE_METHODS);
        List<String> notes = record.list(Field.LINE_NOTES);
        List<String> units = perLine(record, Field.LINE_ACCEPTED_UNITS, lines.size());
        List<String> tickets = perLine(record, Field.LINE_WEIGHBRIDGE_TICKETS, lines.size());
        if (decisions.size() != lines.size()) {
            throw RecordRefused.of(Field.LINE_DECISIONS, "R18", "refused.backflow.line-count",
                    Field.LINE_DECISIONS.header(), lines.size());
        }
        List<LineOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BatchLine line = lines.get(i);
            LineDecision decision = Values.enumValue(Field.LINE_DECISIONS, decisions.get(i), LineDecision.class);
            List<DiscrepancyKind> kinds = discrepancies(record, i);
            String note = i < notes.size() && !notes.get(i).isEmpty() ? notes.get(i) : null;
            String ticket = ticket(tickets.get(i));
            if (decision == LineDecision.REJECT) {
                outcomes.add(new LineOutcome(line.batchId(), decision, null, null, kinds, note, ticket,
                        line.wasteCode()));
                continue;
            }
            String tonnes = i < accepted.size() ? accepted.get(i) : "";
            if (tonnes.isEmpty()) {
                throw RecordRefused.of(Field.LINE_ACCEPTED_TONNES, "R18", "refused.backflow.missing",
                        Field.LINE_ACCEPTED_TONNES.header());
            }
            BigDecimal mass = Values.decimal(Field.LINE_ACCEPTED_TONNES, tonnes);
            if (decision == LineDecision.PARTIAL && line.quantity().hasMass()
                    && mass.compareTo(line.quantity().tonnes()) >= 0) {
                throw RecordRefused.of(Field.LINE_ACCEPTED_TONNES, "R18", "refused.backflow.partial-not-less",
                        tonnes, line.quantity().tonnes().toPlainString());
            }
            // R27's ticket is not required of history (the format says why), but a unit slip is refused as natively
            if (line.quantity().hasMass() && ImplausibleAcceptance.of(mass, line.quantity().tonnes())) {
                throw RecordRefused.of(Field.LINE_ACCEPTED_TONNES, "R27", "refused.manifest.implausible-acceptance",
                        tonnes, line.quantity().tonnes().toPlainString(), ImplausibleAcceptance.FACTOR);
            }
            String method = i < methods.size() ? methods.get(i) : "";
            var known = context.methods().find(method);
            if (known.isEmpty()) {
                throw RecordRefused.of(Field.LINE_METHODS, "R18", "refused.backflow.unknown-method", method);
            }
            outcomes.add(new LineOutcome(line.batchId(), decision, accepted(mass, units.get(i)),
                    known.get().code(), kinds, note, ticket, line.wasteCode()));
        }
        return outcomes;
    }

    /** An optional list field: one value per line when given (empty values allowed), else all empty. */
    private static List<String> perLine(SourceRecord record, Field field, int lines) {
        if (!record.has(field)) {
            return java.util.Collections.nCopies(lines, "");
        }
        List<String> values = record.list(field);
        if (values.size() != lines) {
            throw RecordRefused.of(field, "R17", "refused.backflow.line-count", field.header(), lines);
        }
        return values;
    }

    /**
     * The accepted mass, given in tonnes, in the unit the receiver weighed it in (R17: a mass, t or kg; default t).
     * Kilograms only move the decimal point, so the quantity is the one the receiver stated.
     */
    private static Quantity accepted(BigDecimal tonnes, String unit) {
        if (unit.isEmpty() || unit.equalsIgnoreCase(QuantityUnit.T.symbol())) {
            return new Quantity(tonnes, QuantityUnit.T);
        }
        if (unit.equalsIgnoreCase(QuantityUnit.KG.symbol())) {
            return new Quantity(tonnes.movePointRight(3), QuantityUnit.KG);
        }
        throw RecordRefused.of(Field.LINE_ACCEPTED_UNITS, "R17", "refused.backflow.accepted-unit", unit);
    }

    /** R27: the weighbridge ticket vouching for the mass, a reference as a native receipt takes it; null if none. */
    private static String ticket(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > TICKET_LENGTH || !TICKET.matcher(value).matches()) {
            throw RecordRefused.of(Field.LINE_WEIGHBRIDGE_TICKETS, "R27", "refused.backflow.weighbridge-ticket",
                    value, TICKET_LENGTH);
        }
        return value;
    }

    /** R17: a discrepancy recorded for each line that has one, as the native receipt records it before itself. */
    static List<DiscrepancyRecorded> discrepancies(UUID manifestId, SourceRecord record, List<BatchLine> lines,
                                                   List<LineOutcome> outcomes) {
        List<String> containers = record.list(Field.LINE_CONTAINERS_RECEIVED);
        List<DiscrepancyRecorded> recorded = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineOutcome outcome = outcomes.get(i);
            if (outcome.discrepancies().isEmpty()) {
                continue;
            }
            BatchLine line = lines.get(i);
            int declared = line.packaging().count();
            String count = i < containers.size() ? containers.get(i) : "";
            int received = count.isEmpty() ? declared : containers(count);
            recorded.add(new DiscrepancyRecorded(manifestId, line.batchId(), outcome.discrepancies(),
                    line.quantity(), outcome.acceptedQuantity(), declared, received, outcome.note()));
        }
        return recorded;
    }

    private static List<DiscrepancyKind> discrepancies(SourceRecord record, int line) {
        List<String> all = record.list(Field.LINE_DISCREPANCIES);
        String kinds = line < all.size() ? all.get(line) : "";
        if (kinds.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(kinds.split(",")).map(String::strip)
                .map(kind -> Values.enumValue(Field.LINE_DISCREPANCIES, kind, DiscrepancyKind.class)).distinct()
                .toList();
    }

    private static int containers(String count) {
        try {
            int number = Integer.parseInt(count);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw RecordRefused.of(Field.LINE_CONTAINERS_RECEIVED, "R17", "refused.backflow.not-a-count", count);
    }

    static ReceiptOutcome outcome(List<LineOutcome> outcomes) {
        if (outcomes.stream().allMatch(o -> o.decision() == LineDecision.REJECT)) {
            return ReceiptOutcome.REJECTED;
        }
        return outcomes.stream().allMatch(o -> o.decision() == LineDecision.ACCEPT)
                ? ReceiptOutcome.ACCEPTED : ReceiptOutcome.PARTIALLY_ACCEPTED;
    }
}
