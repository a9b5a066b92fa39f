package cn.haztrail.registry.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.AdmissionReleased;
import cn.haztrail.registry.api.AdmissionReservationExpired;
import cn.haztrail.registry.api.AdmissionReserved;
import cn.haztrail.registry.api.ConfirmAdmission;
import cn.haztrail.registry.api.ReleaseAdmission;
import cn.haztrail.registry.api.ReserveAdmission;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The decisions of a receipt's admission steps on a receiver (R03, R04, R05), each answered as the events it leads
 * to: the Enterprise applies them, and its event sourcing handlers alone change {@link LicenceBook} and
 * {@link AdmissionMemory}. Hold, then confirm or release: each step is one transaction on the receiver's stream.
 */
final class AdmissionSteps {

    private final UUID receiverId;
    private final LicenceBook licences;
    private final AdmissionMemory admissions;
    private final AdmittedManifests admittedBefore;
    /** Admitted by this command: the table has them once its events are stored (several receipts at once). */
    private final Set<UUID> admittedNow = new HashSet<>();
    /** What the table answered during this command, asked ahead for several receipts ({@link #askAhead}). */
    private final Map<UUID, Boolean> admittedBeforeKnown = new HashMap<>();

    AdmissionSteps(UUID receiverId, LicenceBook licences, AdmissionMemory admissions,
                   AdmittedManifests admittedBefore) {
        this.receiverId = receiverId;
        this.licences = licences;
        this.admissions = admissions;
        this.admittedBefore = admittedBefore;
    }

    /**
     * Asks the table once about the receipts confirmed together that hold nothing, instead of once each (a batch of
     * the custody processes confirms a receiver's receipts of a whole import chunk).
     */
    void askAhead(Collection<UUID> manifestIds) {
        List<UUID> unheld = manifestIds.stream().filter(Objects::nonNull)
                .filter(id -> admissions.pending(id) == null).distinct().toList();
        if (!unheld.isEmpty()) {
            Set<UUID> admitted = admittedBefore.admittedAmong(receiverId, unheld);
            unheld.forEach(id -> admittedBeforeKnown.put(id, admitted.contains(id)));
        }
    }

    /** Admission in one step (no hold): refused when no licence covers the lines or has room for them. */
    WasteAdmitted admit(UUID manifestId, List<AdmissionLine> lines, LocalDate onDate, MethodCatalogue methods) {
        requireNew(manifestId);
        LicenceBook.Admission admission = licences.decide(lines, onDate, null, methods, admissions, false);
        return new WasteAdmitted(receiverId, admission.licenceId(), manifestId, admission.licenceYearStart(),
                admission.tonnes(), admission.lineTonnes());
    }

    /** A hold, decided as {@link #admit} is; null when the manifest already holds room (a repeated request). */
    AdmissionReserved reserve(ReserveAdmission command, Instant expiresAt, MethodCatalogue methods) {
        if (command.manifestId() != null && admissions.pending(command.manifestId()) != null) {
            return null;
        }
        requireNew(command.manifestId());
        LicenceBook.Admission admission = licences.decide(command.lines(), command.onDate(), null, methods,
                admissions, false);
        return new AdmissionReserved(receiverId, admission.licenceId(), command.manifestId(),
                admission.licenceYearStart(), admission.tonnes(), admission.lineTonnes(), expiresAt);
    }

    /**
     * The hold becomes the admission. Without a hold the receipt is admitted all the same, on a covering licence
     * even when it has no room left (then an overrun is recorded too), or only recorded as an overrun when no licence
     * covers it any more. Nothing when the manifest was admitted already.
     */
    List<Object> confirm(ConfirmAdmission command, MethodCatalogue methods) {
        List<Object> events = confirmation(command, methods);
        if (!events.isEmpty()) {
            admittedNow.add(command.manifestId());
        }
        return events;
    }

    private List<Object> confirmation(ConfirmAdmission command, MethodCatalogue methods) {
        UUID manifestId = requireManifest(command.manifestId());
        AdmissionMemory.Pending held = admissions.pending(manifestId);
        if (held != null) {
            return List.of(new WasteAdmitted(receiverId, held.licenceId(), manifestId, held.licenceYearStart(),
                    held.tonnes(), held.lines()));
        }
        if (admitted(manifestId)) {
            return List.of();
        }
        LicenceBook.Admission admission;
        try {
            admission = licences.decide(command.lines(), command.onDate(), null, methods, admissions, true);
        } catch (CommandRefused uncovered) {
            BigDecimal tonnes = command.lines() == null ? BigDecimal.ZERO : command.lines().stream()
                    .map(AdmissionLine::tonnes).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            return List.of(new AdmissionOverrun(receiverId, manifestId, null, null, command.onDate(), tonnes, tonnes,
                    uncovered.rule()));
        }
        List<Object> events = new ArrayList<>();
        events.add(new WasteAdmitted(receiverId, admission.licenceId(), manifestId, admission.licenceYearStart(),
                admission.tonnes(), admission.lineTonnes()));
        if (admission.overTonnes().signum() > 0) {
            events.add(new AdmissionOverrun(receiverId, manifestId, admission.licenceId(),
                    admission.licenceYearStart(), command.onDate(), admission.tonnes(), admission.overTonnes(), "R04"));
        }
        return events;
    }

    /** Gives the hold back; nothing when none stands; refused when the receipt was admitted already. */
    Optional<AdmissionReleased> release(ReleaseAdmission command) {
        UUID manifestId = requireManifest(command.manifestId());
        AdmissionMemory.Pending held = admissions.pending(manifestId);
        if (held == null && admitted(manifestId)) {
            throw CommandRefused.conflict(null, "manifestId",
                    Translatable.of("refused.registry.admission-already-confirmed", manifestId));
        }
        return Optional.ofNullable(held).map(h -> new AdmissionReleased(receiverId, h.licenceId(), manifestId,
                h.tonnes(), command.reason()));
    }

    /** The hold ends unless it ended before (a later hold of the same manifest has another expiry). */
    Optional<AdmissionReservationExpired> expire(AdmissionReservationDue due) {
        AdmissionMemory.Pending held = admissions.pending(due.manifestId());
        if (held == null || !held.expiresAt().equals(due.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(new AdmissionReservationExpired(receiverId, held.licenceId(), due.manifestId(),
                held.tonnes(), due.expiresAt()));
    }

    private static UUID requireManifest(UUID manifestId) {
        if (manifestId == null) {
            throw CommandRefused.ruleViolated(null, "manifestId",
                    Translatable.of("refused.registry.admission-without-manifest"));
        }
        return manifestId;
    }

    private boolean admitted(UUID manifestId) {
        return admittedNow.contains(manifestId) || admittedBeforeKnown.computeIfAbsent(manifestId,
                id -> admittedBefore.admitted(receiverId, id));
    }

    private void requireNew(UUID manifestId) {
        if (admitted(requireManifest(manifestId))) {
            throw CommandRefused.conflict(null, "manifestId",
                    Translatable.of("refused.registry.already-admitted", manifestId));
        }
    }
}
