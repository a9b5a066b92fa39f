package cn.haztrail.manifest.application;

import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.CancelManifest;
import cn.haztrail.manifest.api.CheckTerms;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestTerms;
import cn.haztrail.manifest.api.SubmitManifest;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Submission and cancellation by the consignor. Submission checks the receiver's licence for every line (R03-R05)
 * but those sent under an exemption, which is checked instead (R37), and, across provinces, the approval (R14), then
 * assigns the number (R11). Cancellation frees the batches (R12) by its event alone. The terms asked about are the
 * manifest's own ({@link CheckTerms}), in the same transaction: a read model may lag behind its events.
 */
@Service
public class ManifestSubmission {

    private final CommandGateway commands;
    private final ManifestNumbers numbers;
    private final AuditedStep step;
    private final WorkingDayCalendar calendar;
    private final StepTimes times;
    private final ExemptionCheck exemptions;

    ManifestSubmission(CommandGateway commands, ManifestNumbers numbers, AuditedStep step,
                       WorkingDayCalendar calendar, StepTimes times, ExemptionCheck exemptions) {
        this.exemptions = exemptions;
        this.commands = commands;
        this.numbers = numbers;
        this.step = step;
        this.calendar = calendar;
        this.times = times;
    }

    /** @param submittedAt null: submitted when recorded */
    public void submit(UUID manifestId, StepAccess access, Long expectedVersion, Instant submittedAt,
                       LateEntryReason lateEntry) {
        Instant at = times.orNow(submittedAt);
        step.run(manifestId, "submission", access, () -> {
            ManifestTerms manifest = commands.sendAndWait(new CheckTerms(manifestId));
            // R37: an exempt line is checked against its exemption (still in force, quantity left), not the licence
            List<ManifestTerms.Line> licensed = manifest.lines().stream().filter(line -> !line.exempt()).toList();
            List<ExemptLine> exempt = manifest.lines().stream().filter(ManifestTerms.Line::exempt)
                    .map(line -> new ExemptLine(line.batchId(), line.exemptionId())).toList();
            if (manifest.kind() != ManifestKind.RETURN && !licensed.isEmpty()) {
                commands.sendAndWait(new CheckAdmission(manifest.receiverId(), licensed.stream().map(line ->
                        new AdmissionLine(line.wasteCode(), manifest.plannedMethod(), line.tonnes())).toList(),
                        manifest.plannedDate(), null));
            }
            if (!exempt.isEmpty()) {
                exemptions.check(manifest.consignorId(), manifest.receiverId(), manifest.plannedMethod(),
                        manifest.lines().stream().map(line -> new ExemptionCheck.Line(line.batchId(),
                                line.wasteCode(), line.tonnes())).toList(), exempt, at);
            }
            if (manifest.approvalId() != null) {
                commands.sendAndWait(new CheckApproval(manifest.approvalId(), manifest.consignorId(),
                        manifest.receiverId(), manifest.wasteCodes(), manifest.plannedMethod(),
                        manifest.declaredTonnes(), manifest.plannedDate()));
            }
            // the number carries the year the manifest was signed in, also when it is entered late
            int year = at.atZone(calendar.zone()).getYear();
            return commands.sendAndWait(new SubmitManifest(manifestId, numbers.next(year, manifest.originRegion()),
                    expectedVersion, at, lateEntry));
        });
    }

    /** @param cancelledAt null: cancelled when recorded */
    public void cancel(UUID manifestId, StepAccess access, String reason, Long expectedVersion, Instant cancelledAt,
                       LateEntryReason lateEntry) {
        Instant at = times.orNow(cancelledAt);
        step.run(manifestId, "cancellation", access, () -> commands.sendAndWait(
                new CancelManifest(manifestId, reason, expectedVersion, at, lateEntry)));
    }
}
