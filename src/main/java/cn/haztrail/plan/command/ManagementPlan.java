package cn.haztrail.plan.command;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.plan.api.AmendPlan;
import cn.haztrail.plan.api.FilePlan;
import cn.haztrail.plan.api.PlanAmended;
import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanFiled;
import cn.haztrail.plan.api.PlanFilingRecorded;
import cn.haztrail.plan.api.PlanIds;
import cn.haztrail.plan.api.PlanReturned;
import cn.haztrail.plan.api.PlanStatus;
import cn.haztrail.plan.api.RecordPlanFiling;
import cn.haztrail.plan.api.ReturnPlan;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A producer's annual management plan (危险废物管理计划备案, R30), one stream per producer and year: every version
 * the producer files is an event, and so is the regulator's answer to it, a recording with a filing number or a
 * return with reasons. An amendment is a new version and needs recording again.
 */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN)
public class ManagementPlan {

    @AggregateIdentifier
    private UUID planId;
    private UUID producerId;
    private String producerRegion;
    private int year;
    private int version;
    private PlanStatus status;
    private String filingNumber;

    protected ManagementPlan() {
    }

    /** Creates the plan; a second filing for the same producer and year is refused: it is an amendment. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FilePlan command, PlanPolicy policy, StepTimes times) {
        if (planId != null) {
            throw CommandRefused.conflict("R30", "year",
                    Translatable.of("refused.plan.already-filed", String.valueOf(year)));
        }
        if (command.producerId() == null || !command.planId().equals(PlanIds.of(command.producerId(), command.year()))) {
            throw CommandRefused.ruleViolated("R30", "planId", Translatable.of("refused.plan.wrong-id"));
        }
        Instant filedAt = times.orNow(command.filedAt());
        times.requireNotAhead("filedAt", filedAt);
        policy.checkYear(command.year(), filedAt);
        String region = policy.producerRegion(command.producerId());
        PlanContents contents = policy.check(command.contents());
        apply(new PlanFiled(command.planId(), command.producerId(), region, command.year(), 1, contents, filedAt));
    }

    @CommandHandler
    public void handle(AmendPlan command, PlanPolicy policy, StepTimes times) {
        if (!producerId.equals(command.producerId())) {
            throw new CommandRefused(RefusalReason.FORBIDDEN, "R30", "producerId",
                    Translatable.of("refused.plan.not-the-producer"));
        }
        Instant amendedAt = times.orNow(command.amendedAt());
        times.requireNotAhead("amendedAt", amendedAt);
        PlanContents contents = policy.check(command.contents());
        apply(new PlanAmended(planId, producerId, year, version + 1, contents, amendedAt));
    }

    @CommandHandler
    public void handle(RecordPlanFiling command, RegionDirectory regions, StepTimes times) {
        requireRegulatorOfProducer(command.jurisdiction(), regions);
        requireAwaitingAnswer();
        if (command.filingNumber() == null || command.filingNumber().isBlank()) {
            throw CommandRefused.ruleViolated("R30", "filingNumber", Translatable.of("refused.plan.no-filing-number"));
        }
        Instant recordedAt = times.orNow(command.recordedAt());
        times.requireNotAhead("recordedAt", recordedAt);
        apply(new PlanFilingRecorded(planId, producerId, year, version, command.filingNumber().strip(),
                command.jurisdiction(), recordedAt));
    }

    @CommandHandler
    public void handle(ReturnPlan command, RegionDirectory regions, StepTimes times) {
        requireRegulatorOfProducer(command.jurisdiction(), regions);
        requireAwaitingAnswer();
        if (command.reasons() == null || command.reasons().isBlank()) {
            throw CommandRefused.ruleViolated("R30", "reasons", Translatable.of("refused.plan.no-reasons"));
        }
        Instant returnedAt = times.orNow(command.returnedAt());
        times.requireNotAhead("returnedAt", returnedAt);
        apply(new PlanReturned(planId, producerId, year, version, command.reasons().strip(), command.jurisdiction(),
                returnedAt));
    }

    private void requireRegulatorOfProducer(String jurisdiction, RegionDirectory regions) {
        if (jurisdiction == null || !regions.contains(jurisdiction, producerRegion)) {
            throw new CommandRefused(RefusalReason.FORBIDDEN, "R30", "jurisdiction",
                    Translatable.of("refused.plan.other-jurisdiction", producerRegion));
        }
    }

    /** Only the latest version, filed and not yet answered, is recorded or returned, once. */
    private void requireAwaitingAnswer() {
        if (status == PlanStatus.RECORDED) {
            throw CommandRefused.conflict("R30", "version",
                    Translatable.of("refused.plan.already-recorded", version, filingNumber));
        }
        if (status == PlanStatus.RETURNED) {
            throw CommandRefused.conflict("R30", "version", Translatable.of("refused.plan.already-returned", version));
        }
    }

    @EventSourcingHandler
    void on(PlanFiled event) {
        planId = event.planId();
        producerId = event.producerId();
        producerRegion = event.producerRegion();
        year = event.year();
        version = event.version();
        status = PlanStatus.FILED;
    }

    @EventSourcingHandler
    void on(PlanAmended event) {
        version = event.version();
        status = PlanStatus.FILED;
    }

    @EventSourcingHandler
    void on(PlanFilingRecorded event) {
        status = PlanStatus.RECORDED;
        filingNumber = event.filingNumber();
    }

    @EventSourcingHandler
    void on(PlanReturned event) {
        status = PlanStatus.RETURNED;
    }
}
