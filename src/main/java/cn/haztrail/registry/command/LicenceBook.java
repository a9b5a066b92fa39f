package cn.haztrail.registry.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceStatus;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The business licences an enterprise holds and the tonnes each has admitted per licence year: what a receiver may
 * be named for and may accept (R03, R04, R05), decided per licence line. A plain object kept by the Enterprise
 * aggregate; only the aggregate's event sourcing handlers change it, so that replaying the stream rebuilds exactly
 * what the decisions saw. Its fields are part of the Enterprise's snapshot. Room held for receipts under way
 * ({@link AdmissionMemory}) counts as used in every decision.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
final class LicenceBook {

    private static final BigDecimal UNBOUNDED = BigDecimal.valueOf(Long.MAX_VALUE);

    // Not final: a snapshot of the Enterprise is read back into these fields.
    private Map<UUID, HeldLicence> licences = new LinkedHashMap<>();
    /** Tonnes admitted per licence and licence year (keyed by the year's first day). */
    private Map<UUID, Map<LocalDate, BigDecimal>> admitted = new HashMap<>();
    /** The same per licence line (keyed by the line's scope), for lines with a capacity of their own. */
    private Map<UUID, Map<LocalDate, Map<String, BigDecimal>>> admittedByLine = new HashMap<>();

    /**
     * The licence chosen for an admission, the licence year counted against, the tonnes counted, and how they split
     * over the licence's lines (by scope); {@code overTonnes} beyond the room there was (only when allowed to overrun).
     */
    record Admission(UUID licenceId, LocalDate licenceYearStart, BigDecimal tonnes, Map<String, BigDecimal> byLine,
                     BigDecimal overTonnes) {

        List<WasteAdmitted.LineTonnes> lineTonnes() {
            return byLine.entrySet().stream()
                    .map(line -> new WasteAdmitted.LineTonnes(line.getKey(), line.getValue())).toList();
        }
    }

    boolean contains(UUID licenceId) {
        return licences.containsKey(licenceId);
    }

    HeldLicence require(UUID licenceId, LicenceStatus... allowed) {
        HeldLicence licence = licences.get(licenceId);
        if (licence == null) {
            throw CommandRefused.notFound("licenceId",
                    Translatable.of("refused.registry.unknown-own-licence", licenceId));
        }
        if (!List.of(allowed).contains(licence.status())) {
            throw CommandRefused.conflict(null, "licenceId",
                    Translatable.of("refused.registry.licence-not-active-now", licenceId, licence.status()));
        }
        return licence;
    }

    /**
     * Finds one licence in force on {@code onDate} (and through {@code coveredUntil} when given) with, for every
     * line, a licence line covering its code and approving its method (R03, R05), and room for the tonnes in its
     * licence year, besides what pending receipts hold: in the total, and in each licence line that states a
     * capacity of its own (R04).
     *
     * @param mayOverrun when no covering licence has room, admit on the first covering one and say by how much it
     *                   overruns instead of refusing (a receipt confirmed without room held for it)
     * @throws CommandRefused R03, R04 or R05, naming the line and field at fault
     */
    Admission decide(List<AdmissionLine> lines, LocalDate onDate, LocalDate coveredUntil, MethodCatalogue methods,
                     AdmissionMemory held, boolean mayOverrun) {
        if (lines == null || lines.isEmpty()) {
            throw CommandRefused.ruleViolated("R03", "lines",
                    Translatable.of("refused.registry.admission-without-lines"));
        }
        if (onDate == null) {
            throw CommandRefused.ruleViolated("R03", "onDate",
                    Translatable.of("refused.registry.admission-without-date"));
        }
        LocalDate until = coveredUntil == null || coveredUntil.isBefore(onDate) ? onDate : coveredUntil;
        List<HeldLicence> inForce = inForce(onDate, until);
        List<HeldLicence> candidates = inForce;
        for (int i = 0; i < lines.size(); i++) {
            candidates = covering(candidates, inForce, lines.get(i), "lines[" + i + "]", onDate, methods);
        }
        BigDecimal tonnes = tonnesOf(lines);
        List<AdmissionLine> canonical = lines.stream().map(line -> new AdmissionLine(line.wasteCode(),
                methods.find(line.methodCode()).map(MethodCode::code).orElse(null), line.tonnes())).toList();
        CommandRefused firstRefusal = null;
        for (HeldLicence licence : candidates) {
            LocalDate yearStart = licence.licenceYearStart(onDate);
            BigDecimal left = remaining(licence, yearStart, held);
            if (left.compareTo(tonnes) < 0) {
                firstRefusal = firstRefusal != null ? firstRefusal : CommandRefused.ruleViolated("R04", "lines",
                        Translatable.of("refused.registry.capacity-exceeded", tonnes, licence.number(), left,
                                licence.annualCapacityTonnes(), yearStart));
                continue;
            }
            try {
                return new Admission(licence.id(), yearStart, tonnes,
                        splitOverLines(licence, canonical, yearStart, held, null), BigDecimal.ZERO);
            } catch (CommandRefused lineFull) {
                firstRefusal = firstRefusal != null ? firstRefusal : lineFull;
            }
        }
        if (!mayOverrun) {
            throw firstRefusal;
        }
        HeldLicence first = candidates.get(0);
        LocalDate yearStart = first.licenceYearStart(onDate);
        BigDecimal[] lineOverrun = {BigDecimal.ZERO};
        Map<String, BigDecimal> byLine = splitOverLines(first, canonical, yearStart, held, lineOverrun);
        BigDecimal totalOverrun = tonnes.subtract(remaining(first, yearStart, held).max(BigDecimal.ZERO));
        return new Admission(first.id(), yearStart, tonnes, byLine,
                totalOverrun.max(lineOverrun[0]).max(BigDecimal.ZERO));
    }

    /**
     * Puts each line's tonnes on a licence line that admits it and has room for them (R04 per line).
     *
     * @param overrun null to refuse a line without room; else such a line goes on the first licence line admitting
     *                it and the tonnes beyond its room are added to {@code overrun[0]}
     */
    private Map<String, BigDecimal> splitOverLines(HeldLicence licence, List<AdmissionLine> lines,
                                                   LocalDate yearStart, AdmissionMemory held, BigDecimal[] overrun) {
        Map<String, BigDecimal> byLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            AdmissionLine line = lines.get(i);
            if (line.tonnes() == null) {
                continue;
            }
            List<LicenceLine> admitting = licence.linesAllowing(line.wasteCode(), line.methodCode());
            LicenceLine chosen = admitting.stream()
                    .filter(l -> lineRemaining(licence, l, yearStart, byLine, held).compareTo(line.tonnes()) >= 0)
                    .findFirst().orElse(null);
            if (chosen == null && overrun != null) {
                chosen = admitting.get(0);
                BigDecimal room = lineRemaining(licence, chosen, yearStart, byLine, held).max(BigDecimal.ZERO);
                overrun[0] = overrun[0].add(line.tonnes().subtract(room));
            }
            if (chosen == null) {
                LicenceLine full = admitting.get(0);
                throw CommandRefused.ruleViolated("R04", "lines[" + i + "].tonnes",
                        Translatable.of("refused.registry.line-capacity-exceeded", line.tonnes(), line.wasteCode(),
                                full.scope(), licence.number(), lineRemaining(licence, full, yearStart, byLine, held),
                                full.annualCapacityTonnes(), yearStart));
            }
            byLine.merge(chosen.scope(), line.tonnes(), BigDecimal::add);
        }
        return byLine;
    }

    /** Room left on a licence line this year, less what this admission already put there; unbounded without a cap. */
    private BigDecimal lineRemaining(HeldLicence licence, LicenceLine line, LocalDate yearStart,
                                     Map<String, BigDecimal> pending, AdmissionMemory held) {
        if (line.annualCapacityTonnes() == null) {
            return UNBOUNDED;
        }
        BigDecimal used = admittedByLine.getOrDefault(licence.id(), Map.of()).getOrDefault(yearStart, Map.of())
                .getOrDefault(line.scope(), BigDecimal.ZERO);
        return line.annualCapacityTonnes().subtract(used).subtract(held.heldOnLine(licence.id(), yearStart,
                line.scope())).subtract(pending.getOrDefault(line.scope(), BigDecimal.ZERO));
    }

    private List<HeldLicence> inForce(LocalDate onDate, LocalDate until) {
        if (licences.isEmpty()) {
            throw CommandRefused.ruleViolated("R03", "receiverId",
                    Translatable.of("refused.registry.no-business-licence"));
        }
        List<HeldLicence> inForce = licences.values().stream()
                .filter(l -> l.status() == LicenceStatus.ACTIVE && l.validOn(onDate) && !l.validTo().isBefore(until))
                .sorted(Comparator.comparing(HeldLicence::validFrom).thenComparing(HeldLicence::number))
                .toList();
        if (inForce.isEmpty()) {
            throw CommandRefused.ruleViolated("R03", "receiverId", whyNoneInForce(onDate, until));
        }
        return inForce;
    }

    private Translatable whyNoneInForce(LocalDate onDate, LocalDate until) {
        for (HeldLicence licence : licences.values()) {
            if (licence.validOn(onDate) && licence.status() != LicenceStatus.ACTIVE) {
                return Translatable.of("refused.registry.licence-not-active", licence.number(),
                        licence.status().name().toLowerCase(), onDate);
            }
        }
        for (HeldLicence licence : licences.values()) {
            if (licence.validOn(onDate)) {
                return Translatable.of("refused.registry.licence-expires-before", licence.number(),
                        licence.validTo(), until);
            }
        }
        return Translatable.of("refused.registry.no-licence-valid", onDate);
    }

    /** Narrows the licences covering the lines so far to those that also cover this line. */
    private static List<HeldLicence> covering(List<HeldLicence> candidates, List<HeldLicence> inForce,
                                              AdmissionLine line, String field, LocalDate onDate,
                                              MethodCatalogue methods) {
        String code = line.wasteCode();
        if (!isWasteCode(code)) {
            throw CommandRefused.ruleViolated("R03", field + ".wasteCode",
                    Translatable.of("refused.registry.unknown-waste-code", code));
        }
        List<HeldLicence> byCode = candidates.stream().filter(l -> l.covers(code)).toList();
        if (byCode.isEmpty()) {
            boolean alone = inForce.stream().anyMatch(l -> l.covers(code));
            throw CommandRefused.ruleViolated("R03", field + ".wasteCode", Translatable.of(alone
                    ? "refused.registry.code-not-licensed-with-lines-before" : "refused.registry.code-not-licensed",
                    onDate, code));
        }
        if (line.methodCode() == null) {
            return byCode;
        }
        MethodCode method = methods.find(line.methodCode()).orElseThrow(() -> CommandRefused.ruleViolated("R03",
                field + ".methodCode", Translatable.of("refused.registry.unknown-method", line.methodCode())));
        List<HeldLicence> byMethod = byCode.stream().filter(l -> l.allows(code, method.code())).toList();
        if (!byMethod.isEmpty()) {
            return byMethod;
        }
        if (method.kind().isFinal() && byCode.stream().allMatch(l -> l.mode() == LicenceMode.COLLECTION)) {
            throw CommandRefused.ruleViolated("R05", field + ".methodCode",
                    Translatable.of("refused.registry.collection-licence-final-method", method.code(), code, onDate));
        }
        boolean alone = inForce.stream().anyMatch(l -> l.allows(code, method.code()));
        if (alone) {
            throw CommandRefused.ruleViolated("R03", field + ".methodCode", Translatable.of(
                    "refused.registry.method-not-licensed-with-lines-before", onDate, code, method.code()));
        }
        throw CommandRefused.ruleViolated("R03", field + ".methodCode", Translatable.of(
                "refused.registry.method-not-licensed", onDate, code, method.code(), byCode.get(0).number(),
                String.join(", ", byCode.get(0).methodsFor(code))));
    }

    private static boolean isWasteCode(String code) {
        try {
            return WasteCode.parse(code) != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static BigDecimal tonnesOf(List<AdmissionLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal tonnes = lines.get(i).tonnes();
            if (tonnes != null && tonnes.signum() < 0) {
                throw CommandRefused.ruleViolated("R04", "lines[" + i + "].tonnes",
                        Translatable.of("refused.registry.negative-quantity"));
            }
            total = tonnes == null ? total : total.add(tonnes);
        }
        return total;
    }

    private BigDecimal remaining(HeldLicence licence, LocalDate yearStart, AdmissionMemory held) {
        return licence.annualCapacityTonnes()
                .subtract(admitted.getOrDefault(licence.id(), Map.of()).getOrDefault(yearStart, BigDecimal.ZERO))
                .subtract(held.held(licence.id(), yearStart));
    }

    void granted(LicenceGranted event) {
        licences.put(event.licenceId(), HeldLicence.of(event));
    }

    void amended(LicenceAmended event) {
        licences.computeIfPresent(event.licenceId(), (id, licence) -> licence.withTerms(event));
    }

    void statusChanged(UUID licenceId, LicenceStatus status) {
        licences.computeIfPresent(licenceId, (id, licence) -> licence.withStatus(status));
    }

    void admitted(WasteAdmitted event) {
        admitted.computeIfAbsent(event.licenceId(), licenceId -> new HashMap<>())
                .merge(event.licenceYearStart(), event.tonnes(), BigDecimal::add);
        if (event.lines() != null) {
            Map<String, BigDecimal> byLine = admittedByLine.computeIfAbsent(event.licenceId(), id -> new HashMap<>())
                    .computeIfAbsent(event.licenceYearStart(), year -> new HashMap<>());
            event.lines().forEach(line -> byLine.merge(line.scope(), line.tonnes(), BigDecimal::add));
        }
    }
}
