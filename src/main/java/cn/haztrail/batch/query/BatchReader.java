package cn.haztrail.batch.query;

import java.util.Set;
import java.util.UUID;

/**
 * Whose eyes a batch query reads with (R21): everything (administrators), what one enterprise is or was party to
 * (producer, carrier, receiver), or what has its origin or a destination in a set of regions (a regulator's
 * jurisdiction, every county and city code in it).
 */
public record BatchReader(boolean everything, UUID party, Set<String> regions) {

    public BatchReader {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }

    public static BatchReader all() {
        return new BatchReader(true, null, Set.of());
    }

    public static BatchReader party(UUID enterpriseId) {
        return new BatchReader(false, enterpriseId, Set.of());
    }

    public static BatchReader regions(Set<String> regionCodes) {
        return new BatchReader(false, null, regionCodes);
    }

    /** JPQL cannot bind an empty collection everywhere: a placeholder no region code equals. */
    Set<String> regionsOrNone() {
        return regions.isEmpty() ? Set.of("-") : regions;
    }
}
