package cn.haztrail.oversight.indicators;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Hands stored events to the facts projection as the processor does (through Axon's handler resolution, so an event
 * it has no handler for is ignored), each with its position in the store (1, 2, ...), in the stored order or in an
 * order that a processor's segments running ahead of each other could produce.
 */
final class StoreFeed {

    private final AnnotationEventHandlerAdapter handlers;

    StoreFeed(FactsProjection projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    void inStoredOrder(List<Object> events) {
        for (int i = 0; i < events.size(); i++) {
            handle(events, i);
        }
    }

    /** Every event once, in a random order: stronger than segments, which keep each stream's own order. */
    void shuffled(List<Object> events, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        order.forEach(i -> handle(events, i));
    }

    private void handle(List<Object> events, int index) {
        handle(index + 1, events.get(index));
    }

    void handle(long position, Object event) {
        try {
            handlers.handle(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                    GenericEventMessage.asEventMessage(event)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
