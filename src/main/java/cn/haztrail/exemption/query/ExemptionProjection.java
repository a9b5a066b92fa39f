package cn.haztrail.exemption.query;

import cn.haztrail.exemption.api.ExemptionDrawOverrun;
import cn.haztrail.exemption.api.ExemptionDrawRefused;
import cn.haztrail.exemption.api.ExemptionQuantityDrawn;
import cn.haztrail.exemption.api.ExemptionRecorded;
import cn.haztrail.exemption.api.ExemptionRevoked;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Exemptions as regulators and parties read them. Subscribing: updated in the command's own transaction, so the
 * answer to a write and its ETag already show it. Names and regions come from the registry's view, which is
 * subscribing too and therefore holds every enterprise an exemption can name.
 */
@Component
@ProcessingGroup(ExemptionProjection.GROUP)
class ExemptionProjection {

    static final String GROUP = "exemption-view";

    private final ExemptionRepository exemptions;
    private final ExemptionDrawRepository draws;
    private final EnterpriseQueries enterprises;

    ExemptionProjection(ExemptionRepository exemptions, ExemptionDrawRepository draws,
                        EnterpriseQueries enterprises) {
        this.exemptions = exemptions;
        this.draws = draws;
        this.enterprises = enterprises;
    }

    @EventHandler
    void on(ExemptionRecorded event, @SequenceNumber long version) {
        if (!exemptions.existsById(event.exemptionId())) {
            exemptions.save(new ExemptionRecord(event.exemptionId(), party(event.producerId()),
                    party(event.utilizerId()), event.wasteCode(), event.methodCode(), event.quantityCapTonnes(),
                    event.validFrom(), event.validTo(), event.grantedAt(), version));
        }
    }

    @EventHandler
    void on(ExemptionRevoked event, @SequenceNumber long version) {
        exemptions.findById(event.exemptionId()).filter(record -> record.advanceTo(version))
                .ifPresent(record -> record.revoked(event.revokedAt(), event.reason()));
    }

    @EventHandler
    void on(ExemptionQuantityDrawn event, @SequenceNumber long version, @Timestamp Instant at) {
        exemptions.findById(event.exemptionId()).filter(record -> record.advanceTo(version))
                .ifPresent(record -> record.drawn(event.drawnTotal()));
        entry(event.exemptionId(), version, ExemptionDrawKind.DRAWN, event.manifestId(), event.tonnes(), null, null,
                at);
    }

    @EventHandler
    void on(ExemptionDrawOverrun event, @SequenceNumber long version, @Timestamp Instant at) {
        entry(event.exemptionId(), version, ExemptionDrawKind.OVERRUN, event.manifestId(), event.overTonnes(), null,
                null, at);
    }

    @EventHandler
    void on(ExemptionDrawRefused event, @SequenceNumber long version, @Timestamp Instant at) {
        entry(event.exemptionId(), version, ExemptionDrawKind.REFUSED, event.manifestId(), event.tonnes(),
                event.rule(), event.reason(), at);
    }

    private void entry(UUID exemptionId, long seq, ExemptionDrawKind kind, UUID manifestId, BigDecimal tonnes,
                       String rule, String reason, Instant at) {
        if (!draws.existsById(ExemptionDrawEntry.idOf(exemptionId, seq))) {
            draws.save(new ExemptionDrawEntry(exemptionId, seq, kind, manifestId, tonnes, rule, reason, at));
        }
    }

    private ExemptionRecord.Party party(UUID id) {
        return enterprises.summary(id)
                .map(party -> new ExemptionRecord.Party(id, party.name(), party.regionCode()))
                .orElseThrow(() -> new IllegalStateException("exemption names unregistered enterprise " + id));
    }
}
