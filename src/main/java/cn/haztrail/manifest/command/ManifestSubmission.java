package cn.haztrail.manifest.command;

import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.CancelManifest;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.SubmitManifest;
import cn.haztrail.manifest.query.ManifestLineRecord;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestRecord;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Submission and cancellation by the consignor. Submission checks the receiver's licence for every line (R03-R05)
 * but those sent under an exemption, which is checked instead (R37), and, across provinces, the approval (R14), then
 * assigns the number (R11). Cancellation frees the batches (R12) by its event alone.
 */
@Service
public class ManifestSubmission {

    private final CommandGateway commands;
    private final ManifestQueries manifests;
    private final ManifestNumbers numbers;
    private final AuditedStep step;
    private final WorkingDayCalendar calendar;
    private final StepTimes times;
    private final ExemptionCheck exemptions;

    ManifestSubmission(CommandGateway commands, ManifestQueries manifests, ManifestNumbers numbers, AuditedStep step,
                       WorkingDayCalendar calendar, StepTimes times, ExemptionCheck exemptions) {
        this.exemptions = exemptions;
        this.commands = commands;
        this.manifests = manifests;
        this.numbers = numbers;
        this.step = step;
        this.calendar = calendar;
        this.times = times;
    }

    /** @param submittedAt null: submitted when recorded */
    public void submit(ManifestRecord manifest, Long expectedVersion, Instant submittedAt, LateEntryReason lateEntry) {
        Instant at = times.orNow(submittedAt);
        List<ManifestLineRecord> lines = manifests.lines(manifest.id());
        // R37: an exempt line is checked against its exemption (still in force, quantity left), not the licence
        List<ManifestLineRecord> licensed = lines.stream().filter(line -> line.exemptionId() == null).toList();
        List<ExemptLine> exempt = lines.stream().filter(line -> line.exemptionId() != null)
                .map(line -> new ExemptLine(line.batchId(), line.exemptionId())).toList();
        step.run(manifest.id(), "submission", () -> {
            if (manifest.kind() != ManifestKind.RETURN && !licensed.isEmpty()) {
                commands.sendAndWait(new CheckAdmission(manifest.receiverId(), licensed.stream().map(line ->
                        new AdmissionLine(line.wasteCode(), manifest.plannedMethod(), tonnes(line))).toList(),
                        manifest.plannedDate(), null));
            }
            if (!exempt.isEmpty()) {
                exemptions.check(manifest.consignorId(), manifest.receiverId(), manifest.plannedMethod(),
                        lines.stream().map(line -> new ExemptionCheck.Line(line.batchId(), line.wasteCode(),
                                tonnes(line))).toList(), exempt, at);
            }
            if (manifest.approvalId() != null) {
                commands.sendAndWait(new CheckApproval(manifest.approvalId(), manifest.consignorId(),
                        manifest.receiverId(), lines.stream().map(ManifestLineRecord::wasteCode).distinct().toList(),
                        manifest.plannedMethod(), total(lines), manifest.plannedDate()));
            }
            // the number carries the year the manifest was signed in, also when it is entered late
            int year = at.atZone(calendar.zone()).getYear();
            return commands.sendAndWait(new SubmitManifest(manifest.id(), numbers.next(year, manifest.originRegion()),
                    expectedVersion, at, lateEntry));
        });
    }

    /** @param cancelledAt null: cancelled when recorded */
    public void cancel(ManifestRecord manifest, String reason, Long expectedVersion, Instant cancelledAt,
                       LateEntryReason lateEntry) {
        Instant at = times.orNow(cancelledAt);
        step.run(manifest.id(), "cancellation", () -> commands.sendAndWait(
                new CancelManifest(manifest.id(), reason, expectedVersion, at, lateEntry)));
    }

    private static BigDecimal tonnes(ManifestLineRecord line) {
        return line.declared().hasMass() ? line.declared().tonnes() : null;
    }

    private static BigDecimal total(List<ManifestLineRecord> lines) {
        return lines.stream().map(ManifestSubmission::tonnes).filter(t -> t != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
