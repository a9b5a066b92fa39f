package cn.haztrail.oversight.indicators;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lineage of the batch facts through splits and consolidations (R39-R41, R45), from {@code batch_fact_share}:
 * the tonnes each source gave to each new batch. A new batch is made of its sources in the proportion of what each
 * gave (the loss included, so the loss is shared the same way); a source that was itself made by a repacking passes
 * its own proportions on, so the share of an origin batch (one that was generated) in any later batch is the product
 * of the proportions along the way. Shares are only ever added, never changed.
 */
@Component
class FactLineage {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final JdbcTemplate jdbc;
    private final BatchFacts facts;

    FactLineage(JdbcTemplate jdbc, BatchFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** A lineage that records nothing: for a projection fed batches that no repacking touches. */
    static FactLineage none() {
        return new FactLineage(null, null);
    }

    /** A redelivered repacking adds nothing. */
    void record(UUID outputId, UUID sourceId, BigDecimal tonnes) {
        if (jdbc == null) {
            return;
        }
        jdbc.update("insert into batch_fact_share (output_id, source_id, taken_tonnes) values (?, ?, ?) "
                + "on conflict do nothing", outputId, sourceId, tonnes);
    }

    void clear() {
        if (jdbc == null) {
            return;
        }
        jdbc.update("delete from batch_fact_share");
    }

    /** The tonnes repackings took from a batch so far. */
    BigDecimal taken(BatchFact fact) {
        if (jdbc == null || !fact.hasGivenShares()) {
            return BigDecimal.ZERO;
        }
        BigDecimal taken = jdbc.queryForObject("select sum(taken_tonnes) from batch_fact_share where source_id = ?",
                BigDecimal.class, fact.batchId());
        return taken == null ? BigDecimal.ZERO : taken;
    }

    /**
     * The origin batches of a batch made by repacking, each with the part of the new batch that came from it; an
     * origin whose facts are not known yet is left out (it counts nowhere until its registration is handled, and
     * the projection then counts it: {@link #madeFrom}).
     */
    Map<BatchFact, BigDecimal> origins(BatchFact output) {
        Map<BatchFact, BigDecimal> origins = new LinkedHashMap<>();
        if (jdbc == null) {
            return origins;
        }
        addOrigins(output.batchId(), BigDecimal.ONE, origins, new HashSet<>());
        return origins;
    }

    private void addOrigins(UUID batchId, BigDecimal part, Map<BatchFact, BigDecimal> origins, Set<UUID> seen) {
        if (!seen.add(batchId)) {
            return;
        }
        List<Map<String, Object>> sources = jdbc.queryForList(
                "select source_id, taken_tonnes from batch_fact_share where output_id = ? order by source_id", batchId);
        BigDecimal total = sources.stream().map(row -> (BigDecimal) row.get("taken_tonnes"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return;
        }
        for (Map<String, Object> row : sources) {
            UUID sourceId = (UUID) row.get("source_id");
            BigDecimal sourcePart = part.multiply((BigDecimal) row.get("taken_tonnes"), PRECISION)
                    .divide(total, PRECISION);
            Optional<BatchFact> source = facts.find(sourceId);
            if (source.isEmpty()) {
                continue;
            }
            if (source.get().isRepacked()) {
                addOrigins(sourceId, sourcePart, origins, seen);
            } else if (source.get().isRegistered()) {
                origins.merge(source.get(), sourcePart, BigDecimal::add);
            }
        }
    }

    /** Every batch made from this one, directly or through further repackings, nearest first. */
    Set<UUID> madeFrom(BatchFact fact) {
        Set<UUID> made = new LinkedHashSet<>();
        if (jdbc == null || !fact.hasGivenShares()) {
            return made;
        }
        Deque<UUID> next = new ArrayDeque<>(List.of(fact.batchId()));
        while (!next.isEmpty()) {
            for (UUID output : jdbc.queryForList("select output_id from batch_fact_share where source_id = ? "
                    + "order by output_id", UUID.class, next.poll())) {
                if (made.add(output)) {
                    next.add(output);
                }
            }
        }
        return made;
    }
}
