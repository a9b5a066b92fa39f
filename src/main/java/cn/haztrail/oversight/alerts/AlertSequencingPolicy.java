package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.DiscrepancyRecorded;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Events in order per aggregate, as usual, except that a discrepancy is ordered with its batch's events: a DISCREPANCY
 * alert opens on a manifest event and closes on a batch event, and segments of a pooled processor (on a replay above
 * all) run ahead of each other, so a disposal handled before the discrepancy it resolves would leave the alert open.
 */
class AlertSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (DiscrepancyRecorded.class.equals(event.getPayloadType())) {
            return ((DiscrepancyRecorded) event.getPayload()).batchId().toString();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
