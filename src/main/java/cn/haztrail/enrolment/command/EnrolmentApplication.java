package cn.haztrail.enrolment.command;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.enrolment.api.ApplicationApproved;
import cn.haztrail.enrolment.api.ApplicationRefused;
import cn.haztrail.enrolment.api.EnrolmentState;
import cn.haztrail.enrolment.api.ApplicationSubmitted;
import cn.haztrail.enrolment.api.ApproveApplication;
import cn.haztrail.enrolment.api.RefuseApplication;
import cn.haztrail.enrolment.api.SubmitApplication;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.RegistrationChecks;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise's application to be registered: it waits for one decision, approval or refusal, by the regulator of
 * its region or an administrator (who may decide is checked at the edge, R21).
 */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN)
public class EnrolmentApplication {

    @AggregateIdentifier
    private UUID applicationId;
    private EnrolmentState state;
    private ApplicationSubmitted submitted;

    protected EnrolmentApplication() {
    }

    @CommandHandler
    public EnrolmentApplication(SubmitApplication command, ClaimedIdentifiers claims, PendingCreditCodes pending,
                                RegionDirectory regions) {
        RegistrationChecks.check(command.creditCode(), command.regionCode(), command.roles(), claims, regions);
        if (pending.isPending(command.creditCode())) {
            throw CommandRefused.conflict("R01", "creditCode",
                    Translatable.of("refused.enrolment.already-applied", command.creditCode()));
        }
        apply(new ApplicationSubmitted(command.applicationId(), command.creditCode(), command.name(),
                command.regionCode(), command.address(), command.contactRef(), command.roles().stream().distinct()
                .toList(), orEmpty(command.licences()), orEmpty(command.permits())));
    }

    /** Answers the application as submitted: the registration that follows in the same transaction needs it. */
    @CommandHandler
    public ApplicationSubmitted handle(ApproveApplication command) {
        pending();
        apply(new ApplicationApproved(applicationId, command.enterpriseId()));
        return submitted;
    }

    @CommandHandler
    public void handle(RefuseApplication command) {
        pending();
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRefused.ruleViolated(null, "reason", Translatable.of("refused.enrolment.reason-missing"));
        }
        apply(new ApplicationRefused(applicationId, command.reason()));
    }

    private void pending() {
        if (state != EnrolmentState.PENDING) {
            throw CommandRefused.conflict(null, "id",
                    Translatable.of("refused.enrolment.already-decided", applicationId, state));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        applicationId = event.applicationId();
        state = EnrolmentState.PENDING;
        submitted = event;
    }

    @EventSourcingHandler
    void on(ApplicationApproved event) {
        state = EnrolmentState.APPROVED;
    }

    @EventSourcingHandler
    void on(ApplicationRefused event) {
        state = EnrolmentState.REFUSED;
    }
}
