package cn.haztrail.manifest.application;

import cn.haztrail.exemption.api.CheckExemption;
import cn.haztrail.exemption.api.ExemptionLookup;
import cn.haztrail.exemption.api.ReserveExemptionDraw;
import cn.haztrail.exemption.application.ExemptionDrawing;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.shared.domain.CommandRefused;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The receipt's holds on exemptions (R37): the accepted tonnes of the lines sent under an exemption are held on it,
 * one exemption per step, after the receiver's stated method is found to be the exemption's. A hold the exemption
 * refuses (exhausted, outside its dates, revoked) is kept on its history by {@link ExemptionDrawing}; the process
 * {@code ExemptionDrawConfirmation} confirms the holds after the receipt, and a refused receipt releases them.
 */
@Component
class ExemptReceipt {

    /** The receipt's manifest as the holds need it; {@code exemptionOf}: batch id to exemption id. */
    record Trip(UUID manifestId, UUID consignorId, UUID receiverId, Map<UUID, String> codes,
                Map<UUID, UUID> exemptionOf, LocalDate day) {
    }

    private final ExemptionDrawing drawing;
    private final ExemptionLookup lookup;
    private final AuditedStep step;

    ExemptReceipt(ExemptionDrawing drawing, ExemptionLookup lookup, AuditedStep step) {
        this.drawing = drawing;
        this.lookup = lookup;
        this.step = step;
    }

    /**
     * Holds the tonnes of each exemption's accepted lines; {@code held} gains each exemption held, so that a refusal
     * half-way gives back what was already held.
     *
     * @param lines the receipt's lines as stated, to name a refused line by its index
     */
    void reserve(Trip trip, List<ReceiptLine> lines, List<ReceiptLine> accepted, List<UUID> held) {
        Map<UUID, BigDecimal> tonnes = new LinkedHashMap<>();
        Map<UUID, Integer> firstLine = new LinkedHashMap<>();
        for (ReceiptLine line : accepted) {
            UUID exemption = trip.exemptionOf().get(line.batchId());
            firstLine.putIfAbsent(exemption, lines.indexOf(line));
            tonnes.merge(exemption, line.acceptedQuantity().tonnes(), BigDecimal::add);
        }
        // the hold first: the exemption keeps its refusals (exhausted, outside its dates, revoked) for the regulator
        for (Map.Entry<UUID, BigDecimal> draw : tonnes.entrySet()) {
            on(firstLine.get(draw.getKey()), () -> step.run(trip.manifestId(), "receipt", () -> {
                drawing.reserve(new ReserveExemptionDraw(draw.getKey(), trip.manifestId(), draw.getValue(),
                        trip.day()));
                return null;
            }));
            held.add(draw.getKey());
        }
        // then each line's method as the receiver states it: the exemption covers one method only
        for (ReceiptLine line : accepted) {
            on(lines.indexOf(line), () -> lookup.check(new CheckExemption(trip.exemptionOf().get(line.batchId()),
                    trip.consignorId(), trip.receiverId(), trip.codes().get(line.batchId()), line.methodCode(), null,
                    trip.day())));
        }
    }

    /** The exemption names its own question's fields; the receiver sees its receipt's line. */
    private static void on(int index, Runnable check) {
        try {
            check.run();
        } catch (CommandRefused refused) {
            String field = "lines[" + index + "]." + switch (refused.field() == null ? "" : refused.field()) {
                case "methodCode" -> "methodCode";
                case "tonnes" -> "acceptedQuantity";
                default -> "batchId";
            };
            String rule = refused.rule() == null ? "R37" : refused.rule();
            throw refused.text() == null ? new CommandRefused(refused.reason(), rule, field, refused.getMessage())
                    : new CommandRefused(refused.reason(), rule, field, refused.text());
        }
    }
}
