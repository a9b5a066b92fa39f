package cn.haztrail.shared.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The batch a pooled streaming processor is handling: it hands a handler the events of one batch one by one, inside
 * one unit of work and one transaction. A lookup made once for all of them, an answer that cannot change within the
 * transaction, or rows written together just before it commits save a database round trip per event, which is what
 * a replay of a large store is made of. Outside a batch (a subscribing processor, a handler called directly) each
 * call is a batch of its own.
 */
public final class ProcessingBatch {

    private ProcessingBatch() {
    }

    /** The messages of the batch {@code current} belongs to, {@code current} among them. */
    public static List<? extends Message<?>> messages(EventMessage<?> current) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages();
        }
        return List.of(current);
    }

    /**
     * What {@code id} gives of every event of type {@code type} in the batch being handled (nothing outside a batch):
     * the ids a lookup made once for the whole batch needs. Only the events of that type are deserialized: a replay's
     * batch is mostly events the handler does not read.
     */
    public static <T, I> List<I> named(Class<T> type, Function<T, I> id) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            return List.of();
        }
        List<I> ids = new ArrayList<>();
        for (Message<?> message : batch.getMessages()) {
            if (type.isAssignableFrom(message.getPayloadType())) {
                ids.add(id.apply(type.cast(message.getPayload())));
            }
        }
        return ids;
    }

    /** A map kept for the rest of the batch, one per {@code name}. */
    public static <K, V> Map<K, V> memo(String name) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(key(name), k -> new HashMap<K, V>());
    }

    /**
     * A lookup made once for the batch: the first time {@code key} is asked for, {@code load} gets it and every key
     * {@code others} names that the batch has not looked up yet, each entered as {@code none} first, and puts in what
     * it finds; the answers stay for the rest of the batch, under {@code name}, for the batch's writes to change.
     */
    public static <K, V> V lookUpOnce(String name, K key, Supplier<Collection<K>> others, V none,
                                      BiConsumer<Set<K>, Map<K, V>> load) {
        Map<K, V> known = memo(name);
        if (!known.containsKey(key)) {
            Set<K> wanted = new HashSet<>(others.get());
            wanted.add(key);
            wanted.removeAll(known.keySet());
            wanted.forEach(each -> known.put(each, none));
            load.accept(wanted, known);
        }
        return known.get(key);
    }

    /**
     * Collects rows to be written together just before the batch's transaction commits ({@code writer} gets them all
     * once); outside a batch the row is written at once. A failing write rolls the whole batch back, token included.
     * A row collected while the batch commits (by work that itself waits for the commit) after its writer has run
     * starts a new collection, written after the work that collects it.
     */
    public static <T> void writeBeforeCommit(String name, T row, Consumer<List<T>> writer) {
        if (!CurrentUnitOfWork.isStarted()) {
            writer.accept(List.of(row));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Pending<T> pending = unitOfWork.getResource(key(name));
        if (pending == null || pending.written) {
            Pending<T> fresh = new Pending<>();
            unitOfWork.resources().put(key(name), fresh);
            unitOfWork.onPrepareCommit(u -> {
                fresh.written = true;
                writer.accept(fresh.rows);
            });
            pending = fresh;
        }
        pending.rows.add(row);
    }

    /** The rows collected under one name, and whether they have gone to their writer. */
    private static final class Pending<T> {
        private final List<T> rows = new ArrayList<>();
        private boolean written;
    }

    private static String key(String name) {
        return ProcessingBatch.class.getName() + "." + name;
    }
}
