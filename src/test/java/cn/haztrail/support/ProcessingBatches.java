package cn.haztrail.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.ArrayList;
import java.util.List;

/** A streaming processor's batch of events, as a handler's test runs it: one unit of work for them all. */
public final class ProcessingBatches {

    private ProcessingBatches() {
    }

    /** A batch of events with these payloads, in this order. */
    public static BatchingUnitOfWork<EventMessage<?>> of(Object... payloads) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            events.add(GenericEventMessage.asEventMessage(payload));
        }
        return new BatchingUnitOfWork<>(events);
    }

    /** The payload of the event being handled. */
    @SuppressWarnings("unchecked")
    public static <T> T payload() {
        return (T) CurrentUnitOfWork.get().getMessage().getPayload();
    }
}
