package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ApproveCorrection;
import cn.haztrail.manifest.api.CorrectionApplied;
import cn.haztrail.manifest.api.CorrectionApproved;
import cn.haztrail.manifest.api.CorrectionProposed;
import cn.haztrail.manifest.api.CorrectionRejected;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.api.ProposeCorrection;
import cn.haztrail.manifest.api.RejectCorrection;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The corrections of a signed manifest (R20), a part of {@link TransferManifest}: a party proposes a change of the
 * correctable terms, every other party approves or one rejects it, and the last approval applies it (the manifest
 * takes the changed terms in its own handler of {@link CorrectionApplied}). Reads the manifest's progress and terms,
 * never changes them.
 */
class ManifestCorrections {

    private final UUID manifestId;
    private final ManifestProgress progress;
    private final Supplier<Map<CorrectableField, String>> terms;
    private final OpenCorrections open;

    ManifestCorrections(ManifestDrafted drafted, ManifestProgress progress,
                        Supplier<Map<CorrectableField, String>> terms) {
        this.manifestId = drafted.manifestId();
        this.progress = progress;
        this.terms = terms;
        this.open = OpenCorrections.among(drafted);
    }

    @CommandHandler
    public void handle(ProposeCorrection command, StepTimes times) {
        ManifestStatus status = progress.status();
        if (status == ManifestStatus.DRAFT || status == ManifestStatus.CANCELLED) {
            throw CommandRefused.conflict("R20", "manifestId",
                    Translatable.of("refused.manifest.correction-before-signing", status));
        }
        open.requireNew(command.correctionId());
        open.requireParty(command.proposedBy(), "proposedBy");
        Instant proposedAt = times.orNow(command.proposedAt());
        progress.checkStep(times, "proposedAt", Translatable.of("step.correction"), proposedAt, command.lateEntry());
        List<UUID> others = open.othersThan(command.proposedBy());
        apply(new CorrectionProposed(manifestId, command.correctionId(), command.proposedBy(),
                Corrections.diff(command.changes(), terms.get()), command.reason(), others, proposedAt,
                command.lateEntry()));
    }

    @CommandHandler
    public void handle(ApproveCorrection command, StepTimes times) {
        PendingCorrection correction = open.awaiting(command.correctionId(), command.approvedBy(), "approvedBy");
        Instant decidedAt = times.orNow(command.decidedAt());
        progress.checkStep(times, "decidedAt", Translatable.of("step.correction-approval"), decidedAt,
                command.lateEntry());
        apply(new CorrectionApproved(manifestId, command.correctionId(), command.approvedBy(), decidedAt,
                command.lateEntry()));
        if (correction.isLastApproval(command.approvedBy())) {
            apply(new CorrectionApplied(manifestId, command.correctionId(), correction.changes()));
        }
    }

    @CommandHandler
    public void handle(RejectCorrection command, StepTimes times) {
        open.awaiting(command.correctionId(), command.rejectedBy(), "rejectedBy");
        Instant decidedAt = times.orNow(command.decidedAt());
        progress.checkStep(times, "decidedAt", Translatable.of("step.correction-rejection"), decidedAt,
                command.lateEntry());
        apply(new CorrectionRejected(manifestId, command.correctionId(), command.rejectedBy(), command.reason(),
                decidedAt, command.lateEntry()));
    }

    @EventSourcingHandler
    void on(CorrectionProposed event) {
        open.proposed(event);
    }

    @EventSourcingHandler
    void on(CorrectionApproved event) {
        open.approved(event);
    }

    @EventSourcingHandler
    void on(CorrectionRejected event) {
        open.closed(event.correctionId());
    }

    @EventSourcingHandler
    void on(CorrectionApplied event) {
        open.closed(event.correctionId());
    }
}
