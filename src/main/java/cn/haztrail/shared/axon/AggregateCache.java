package cn.haztrail.shared.axon;

import cn.haztrail.shared.axon.integrity.StreamHeads;
import cn.haztrail.shared.persistence.TransactionMemory;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The aggregates of one type this node holds in memory, so that a command does not read and apply a stream again
 * (issue 16: loading took a fifth of a lifecycle's CPU on the clients' threads). Two levels:
 * <ul>
 * <li>the current transaction's: a step that sends several commands to one aggregate (a question about its terms,
 * then the change it checked) works on the instance the first command left;</li>
 * <li>those committed by earlier transactions of this node, each with the sequence number of its last event.</li>
 * </ul>
 * A committed aggregate is used only after one read of its stream's last stored event ({@link StreamHeads}) shows
 * that nothing was appended since, by another node, an import or a hand; else it is loaded from the store as before.
 * Should another node append between that read and this transaction's append (a question takes no lock), the append
 * collides at the unique index and the step runs again ({@link RetryingTransaction}), as after a load.
 * Taking one takes it out of the committed ones, so no two transactions ever share an instance. It goes back, at its
 * new version, when the transaction that took it commits; if that transaction rolls back it is dropped, so an event
 * applied in memory but never stored reaches no other command. Axon drops the transaction's entry when a command's
 * unit of work rolls back. Outside a transaction nothing is kept. Bounded: the least recently committed are forgotten.
 * One aggregate type per instance, as Axon's caching repository expects ({@link AggregateCaches}).
 */
public class AggregateCache implements Cache {

    /** Axon's entry keeps the version it was made at but does not tell it: read once, checked at start. */
    private static final Field VERSION = versionField();

    private final StreamHeads heads;
    private final Map<Object, Committed> committed;
    private final Object key = new Object();

    private record Committed(AggregateCacheEntry<?> entry, long version) {
    }

    public AggregateCache(StreamHeads heads, int capacity) {
        this.heads = heads;
        this.committed = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Committed> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K id) {
        Map<Object, Object> current = TransactionMemory.peek(key);
        if (current != null && current.containsKey(id)) {
            return (V) current.get(id);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Committed taken = take(id);
        if (taken == null || !heads.endsAt(id.toString(), taken.version())) {
            return null;
        }
        transactionEntries().put(id, taken.entry());
        return (V) taken.entry();
    }

    @Override
    public void put(Object id, Object entry) {
        Map<Object, Object> current = transactionEntries();
        if (current != null) {
            current.put(id, entry);
        }
    }

    @Override
    public boolean putIfAbsent(Object id, Object entry) {
        Map<Object, Object> current = transactionEntries();
        return current != null && current.putIfAbsent(id, entry) == null;
    }

    @Override
    public boolean remove(Object id) {
        Map<Object, Object> current = TransactionMemory.peek(key);
        return current != null && current.remove(id) != null;
    }

    @Override
    public boolean containsKey(Object id) {
        Map<Object, Object> current = TransactionMemory.peek(key);
        return current != null && current.containsKey(id);
    }

    /** Forgets every aggregate kept from earlier transactions: the next command of each loads its stream. */
    @Override
    public synchronized void removeAll() {
        committed.clear();
    }

    /** Nobody listens: entries leave by commit, rollback or age, never by another node's word. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true;
    }

    private synchronized Committed take(Object id) {
        return committed.remove(id);
    }

    private synchronized void commit(Map<Object, Object> entries) {
        entries.forEach((id, entry) -> {
            Long version = versionOf((AggregateCacheEntry<?>) entry);
            if (version != null) {
                committed.put(id, new Committed((AggregateCacheEntry<?>) entry, version));
            }
        });
    }

    /** The transaction's entries, made at the first call with what moves them to the committed ones at its commit. */
    private Map<Object, Object> transactionEntries() {
        Map<Object, Object> existing = TransactionMemory.peek(key);
        if (existing != null) {
            return existing;
        }
        Map<Object, Object> made = TransactionMemory.of(key, HashMap::new);
        if (made != null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    commit(made);
                }
            });
        }
        return made;
    }

    /** Null for an aggregate that has no event yet. */
    private static Long versionOf(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry no longer has the field 'version'", e);
        }
    }
}
