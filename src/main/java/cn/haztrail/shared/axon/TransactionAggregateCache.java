package cn.haztrail.shared.axon;

import cn.haztrail.shared.persistence.TransactionMemory;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The aggregates the current database transaction has loaded, for a step that sends several commands to one
 * aggregate in one transaction (a question about its terms, then the change it checked): the second command works on
 * the instance the first left, instead of reading and applying the stream again. Forgotten when the transaction ends,
 * so nothing crosses transactions, threads or nodes, and the next transaction reads the stream as it then is. Axon
 * drops an entry when a command's unit of work rolls back. Should the stream have grown in between (a question takes
 * no lock), the append collides at the unique index and the step runs again ({@link RetryingTransaction}), so the
 * change is decided on the state its checks saw. One aggregate type per instance: an identifier is unique only there.
 */
@Component(TransactionAggregateCache.MANIFESTS)
public class TransactionAggregateCache implements Cache {

    /** The bean name {@code @Aggregate(cache = ...)} of the transfer manifest refers to. */
    public static final String MANIFESTS = "transactionManifestCache";

    private final Object key = new Object();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K id) {
        Map<Object, Object> loaded = TransactionMemory.peek(key);
        return loaded == null ? null : (V) loaded.get(id);
    }

    @Override
    public void put(Object id, Object entry) {
        Map<Object, Object> loaded = TransactionMemory.of(key, HashMap::new);
        if (loaded != null) {
            loaded.put(id, entry);
        }
    }

    @Override
    public boolean putIfAbsent(Object id, Object entry) {
        Map<Object, Object> loaded = TransactionMemory.of(key, HashMap::new);
        return loaded != null && loaded.putIfAbsent(id, entry) == null;
    }

    @Override
    public boolean remove(Object id) {
        Map<Object, Object> loaded = TransactionMemory.peek(key);
        return loaded != null && loaded.remove(id) != null;
    }

    @Override
    public boolean containsKey(Object id) {
        Map<Object, Object> loaded = TransactionMemory.peek(key);
        return loaded != null && loaded.containsKey(id);
    }

    /** Entries live for one transaction: nobody needs to hear of them. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true;
    }
}
