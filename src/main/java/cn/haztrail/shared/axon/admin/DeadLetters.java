package cn.haztrail.shared.axon.admin;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events that the dead-lettering projection groups (application.yml, {@code dlq.enabled}) failed to handle.
 * Such a group goes on with other sequences while a failed event and the later events of its sequence wait here,
 * in order, until an administrator retries them (after fixing the cause).
 */
@Service
public class DeadLetters {

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Dead letters per group that has a queue (0 when empty). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        processing.eventProcessors().keySet().stream().sorted().forEach(group ->
                processing.deadLetterQueue(group).ifPresent(queue -> counts.put(group, queue.size())));
        return counts;
    }

    public List<DeadLetterView> list(String group) {
        List<DeadLetterView> letters = new ArrayList<>();
        for (String name : group == null ? counts().keySet() : List.of(group)) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(name).deadLetters()) {
                int index = 0;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    letters.add(view(name, letter, index++));
                }
            }
        }
        return letters;
    }

    /** Retries every sequence of the group from its first letter; a sequence that fails again stays parked. */
    public DeadLetterRetry retry(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> noQueue(group));
        List<String> firstEvents = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            var letters = sequence.iterator();
            if (letters.hasNext()) {
                firstEvents.add(letters.next().message().getIdentifier());
            }
        }
        int succeeded = 0;
        for (String eventId : firstEvents) {
            if (processor.process(letter -> letter.message().getIdentifier().equals(eventId))) {
                succeeded++;
            }
        }
        return new DeadLetterRetry(group, succeeded, firstEvents.size() - succeeded, queue.size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group).orElseThrow(() -> noQueue(group));
    }

    private CommandRefused noQueue(String group) {
        return processing.eventProcessor(group).isPresent()
                ? CommandRefused.conflict(null, "group", Translatable.of("refused.shared.no-dead-letter-queue", group))
                : CommandRefused.notFound("group", Translatable.of("refused.shared.unknown-event-processor", group));
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter, int index) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long aggregateSequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        Optional<Cause> cause = letter.cause();
        return new DeadLetterView(group, sequenceOf(letter, aggregateId), index, event.getIdentifier(),
                event.getPayloadType().getName(), aggregateId, aggregateSequence, letter.enqueuedAt(),
                letter.lastTouched(), cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null));
    }

    private static String sequenceOf(DeadLetter<?> letter, String fallback) {
        return letter instanceof JpaDeadLetter<?> jpa
                ? jpa.getSequenceIdentifier() : fallback;
    }
}
