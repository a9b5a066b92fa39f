package cn.haztrail.approval.command;

import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Claims approval numbers in the command side's uniqueness table. It joins the registry's subscribing claims group,
 * which writes that table in the same transaction as the events, so two racing approvals with one number cannot
 * both be stored.
 */
@Component
@ProcessingGroup("registry-claims")
class ApprovalNumberClaims {

    private final ClaimedIdentifiers claims;

    ApprovalNumberClaims(ClaimedIdentifiers claims) {
        this.claims = claims;
    }

    @EventHandler
    void on(ApprovalRecorded event) {
        claims.claim(IdentifierKind.APPROVAL_NUMBER, event.number(), event.approvalId());
    }
}
