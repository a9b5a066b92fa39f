package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.shared.imports.ImportedEventWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link LabelSequenceFloor} for an imported chunk (issue 17): each label counter moved once, to the highest
 * sequence the chunk's labels hold under it, in two JDBC batches for the chunk instead of two statements per batch.
 */
@Component
class ImportedLabelFloors implements ImportedEventWriter {

    private final LabelSequences sequences;

    ImportedLabelFloors(LabelSequences sequences) {
        this.sequences = sequences;
    }

    @Override
    public String group() {
        return "registry-claims";
    }

    @Override
    public void write(List<? extends DomainEventMessage<?>> events) {
        Map<LabelSequences.Counter, Integer> highest = new LinkedHashMap<>();
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof BatchRegistered event && LabelSequenceFloor.isIssued(event.labelId())) {
                highest.merge(new LabelSequences.Counter(event.producerId(), event.wasteCode(),
                        LabelSequenceFloor.day(event.labelId())), LabelSequenceFloor.sequence(event.labelId()),
                        Math::max);
            }
        }
        sequences.atLeast(highest);
    }
}
