package cn.haztrail.enrolment.command;

import cn.haztrail.enrolment.api.ApplicationApproved;
import cn.haztrail.enrolment.api.ApplicationRefused;
import cn.haztrail.enrolment.api.ApplicationSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@link PendingCreditCodes} in the same transaction as the events (a subscribing processor). */
@Component
@ProcessingGroup(PendingCreditCodesHandler.GROUP)
class PendingCreditCodesHandler {

    static final String GROUP = "enrolment-claims";

    private final PendingCreditCodes pending;

    PendingCreditCodesHandler(PendingCreditCodes pending) {
        this.pending = pending;
    }

    @EventHandler
    void on(ApplicationSubmitted event) {
        pending.claim(event.creditCode(), event.applicationId());
    }

    @EventHandler
    void on(ApplicationApproved event) {
        pending.release(event.applicationId());
    }

    @EventHandler
    void on(ApplicationRefused event) {
        pending.release(event.applicationId());
    }
}
