package cn.haztrail.shared.axon;

import cn.haztrail.shared.axon.integrity.StreamHeads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregates a custody lifecycle loads at almost every step, each type in a cache of its own
 * ({@code @Aggregate(cache = ...)}): the manifest, its batches and the receiver that holds room for them.
 * {@code haztrail.aggregates.cache-size} is how many of each type a node keeps (0 keeps none across transactions).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    public static final String MANIFESTS = "manifestCache";
    public static final String BATCHES = "batchCache";
    public static final String ENTERPRISES = "enterpriseCache";

    private final StreamHeads heads;
    private final int capacity;

    AggregateCaches(StreamHeads heads, @Value("${haztrail.aggregates.cache-size}") int capacity) {
        this.heads = heads;
        this.capacity = capacity;
    }

    @Bean(MANIFESTS)
    AggregateCache manifestCache() {
        return new AggregateCache(heads, capacity);
    }

    @Bean(BATCHES)
    AggregateCache batchCache() {
        return new AggregateCache(heads, capacity);
    }

    @Bean(ENTERPRISES)
    AggregateCache enterpriseCache() {
        return new AggregateCache(heads, capacity);
    }
}
