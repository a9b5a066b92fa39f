package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionReserved;
import cn.haztrail.registry.api.WasteAdmitted;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an Enterprise remembers of receipts, bounded: the holds still pending (R04), and the manifests admitted in
 * licence years that began less than {@value #YEARS_REMEMBERED} years before the newest licence year admitted, so
 * that a confirmation repeated by the receipt process changes nothing. Older ids are forgotten, so the snapshot no
 * longer grows with every receipt. A duplicate older than that cannot arrive: a manifest is received once (its own
 * aggregate refuses a second receipt), the process confirms right after the receipt and is not replayed, and its
 * retries come within minutes, not a licence year later. Kept by the aggregate's event sourcing handlers only.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
final class AdmissionMemory {

    static final int YEARS_REMEMBERED = 2;

    // Not final: a snapshot of the Enterprise is read back into these fields.
    private Map<UUID, Pending> pending = new HashMap<>();
    /** Admitted manifests by the start of the licence year they were counted in (or the receipt day, if none). */
    private Map<LocalDate, Set<UUID>> admittedByYear = new HashMap<>();

    /** Room held on a licence year for a manifest, until {@code expiresAt}. */
    record Pending(UUID licenceId, LocalDate licenceYearStart, BigDecimal tonnes, List<WasteAdmitted.LineTonnes> lines,
                   Instant expiresAt) {
    }

    Pending pending(UUID manifestId) {
        return pending.get(manifestId);
    }

    boolean hasAdmitted(UUID manifestId) {
        return admittedByYear.values().stream().anyMatch(ids -> ids.contains(manifestId));
    }

    /** Tonnes held on a licence year by pending receipts. */
    BigDecimal held(UUID licenceId, LocalDate yearStart) {
        return pending.values().stream().filter(p -> p.licenceId().equals(licenceId)
                        && p.licenceYearStart().equals(yearStart))
                .map(Pending::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Tonnes held on one licence line (by scope) of a licence year by pending receipts. */
    BigDecimal heldOnLine(UUID licenceId, LocalDate yearStart, String scope) {
        return pending.values().stream().filter(p -> p.licenceId().equals(licenceId)
                        && p.licenceYearStart().equals(yearStart) && p.lines() != null)
                .flatMap(p -> p.lines().stream()).filter(line -> line.scope().equals(scope))
                .map(WasteAdmitted.LineTonnes::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int remembered() {
        return pending.size() + admittedByYear.values().stream().mapToInt(Set::size).sum();
    }

    void reserved(AdmissionReserved event) {
        pending.put(event.manifestId(), new Pending(event.licenceId(), event.licenceYearStart(), event.tonnes(),
                event.lines(), event.expiresAt()));
    }

    /** The hold was released or expired. */
    void ended(UUID manifestId) {
        pending.remove(manifestId);
    }

    void admitted(UUID manifestId, LocalDate yearKey) {
        pending.remove(manifestId);
        admittedByYear.computeIfAbsent(yearKey, year -> new HashSet<>()).add(manifestId);
        LocalDate newest = admittedByYear.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        admittedByYear.keySet().removeIf(year -> !year.isAfter(newest.minusYears(YEARS_REMEMBERED)));
    }
}
