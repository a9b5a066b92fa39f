package cn.haztrail.shared.imports;

import org.axonframework.eventhandling.DomainEventMessage;

import org.axonframework.eventhandling.EventHandler;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * A feature's set-based path for imported events (issue 17): the handlers of {@link #group()}, a subscribing
 * processing group, skip every event that carries an import job id, and the import hands a whole chunk's stored
 * events to this writer instead, in the chunk's transaction. It writes the same rows the handlers would have written,
 * event after event, but with a few statements (JDBC batches) for the chunk rather than one or more per event. Each
 * feature keeps writing its own tables. Streaming processors are not concerned: they read every imported event from
 * the store as before.
 */
public interface ImportedEventWriter {

    /** The subscribing processing group whose handlers this writer stands in for, for imported events. */
    String group();

    /** Writes what the group's handlers would have written for these events, in the order given (stored order). */
    void write(List<? extends DomainEventMessage<?>> events);

    /**
     * For an event a writer has no set-based path for: nothing to write when none of the group's handlers handles
     * it, else the chunk fails (an event the import comes to store must get its path, not be left out of a table).
     */
    static void refuseUnwritten(DomainEventMessage<?> message, Class<?>... handlers) {
        Class<?> type = message.getPayloadType();
        boolean handled = Arrays.stream(handlers).flatMap(handler -> Arrays.stream(handler.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(Method::getParameterTypes)
                .anyMatch(parameters -> parameters.length > 0 && parameters[0].isAssignableFrom(type));
        if (handled) {
            throw new IllegalStateException("An imported " + type.getSimpleName() + " has no set-based path");
        }
    }
}
