package cn.haztrail.approval.query;

import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Approvals as regulators and parties read them. Subscribing: updated in the command's own transaction, so the
 * answer to a write and its ETag already show it. Names and regions come from the registry's view, which is
 * subscribing too and therefore holds every enterprise an approval can name.
 */
@Component
@ProcessingGroup(ApprovalProjection.GROUP)
class ApprovalProjection {

    static final String GROUP = "approval-view";

    private final ApprovalRepository approvals;
    private final EnterpriseQueries enterprises;

    ApprovalProjection(ApprovalRepository approvals, EnterpriseQueries enterprises) {
        this.approvals = approvals;
        this.enterprises = enterprises;
    }

    @EventHandler
    void on(ApprovalRecorded event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        approvals.save(new ApprovalRecord(event.approvalId(), event.number(), party(event.consignorId()),
                party(event.receiverId()), event.wasteCodes(), event.methodCode(), event.quantityCapTonnes(),
                event.validFrom(), event.validTo(), recordedAt, version));
    }

    @EventHandler
    void on(ApprovalQuantityDrawn event, @SequenceNumber long version) {
        approvals.findById(event.approvalId()).ifPresent(approval -> approval.drawn(event.drawnTotal(), version));
    }

    private ApprovalRecord.Party party(UUID id) {
        return enterprises.summary(id)
                .map(party -> new ApprovalRecord.Party(id, party.name(), party.regionCode()))
                .orElseThrow(() -> new IllegalStateException("approval names unregistered enterprise " + id));
    }
}
