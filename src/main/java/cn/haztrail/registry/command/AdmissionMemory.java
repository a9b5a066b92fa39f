package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionReserved;
import cn.haztrail.registry.api.WasteAdmitted;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an Enterprise remembers of receipts: the holds still pending (R04), which count against its licence years'
 * room. The manifests it admitted are not kept here ({@link AdmittedManifests}), so its snapshot stays the size of
 * its pending holds however many receipts it admits. Kept by the aggregate's event sourcing handlers only.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
final class AdmissionMemory {

    // Not final: a snapshot of the Enterprise is read back into this field.
    private Map<UUID, Pending> pending = new HashMap<>();

    /** Room held on a licence year for a manifest, until {@code expiresAt}. */
    record Pending(UUID licenceId, LocalDate licenceYearStart, BigDecimal tonnes, List<WasteAdmitted.LineTonnes> lines,
                   Instant expiresAt) {
    }

    Pending pending(UUID manifestId) {
        return pending.get(manifestId);
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
        return pending.size();
    }

    void reserved(AdmissionReserved event) {
        pending.put(event.manifestId(), new Pending(event.licenceId(), event.licenceYearStart(), event.tonnes(),
                event.lines(), event.expiresAt()));
    }

    /** The hold was released, expired or admitted. */
    void ended(UUID manifestId) {
        pending.remove(manifestId);
    }
}
