package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.web.QuantityView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which new batches took shares of a batch (R39-R41), with the mass taken: how the chain of custody of a source
 * finds them, as a source's own stream does not name them (the new batch's creation event alone takes the shares),
 * and what a batch's view lists as its sources and outputs.
 */
@Component
@ProcessingGroup(BatchProjection.GROUP)
public class BatchLineage {

    private final JdbcTemplate jdbc;

    BatchLineage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BatchRepacked event) {
        for (BatchShare source : event.sources()) {
            jdbc.update("insert into batch_lineage (source_id, output_id, source_label, output_label, taken_value, "
                            + "taken_unit, repacked_at) values (?, ?, ?, ?, ?, ?, ?)", source.batchId(),
                    event.batchId(), source.labelId(), event.labelId(), source.quantity().value(),
                    source.quantity().unit().name(), event.repackedAt().atOffset(ZoneOffset.UTC));
        }
    }

    /** The batches made from shares of this one, in no particular order (the chain orders their events). */
    @Transactional(readOnly = true)
    public List<UUID> outputsOf(UUID batchId) {
        return jdbc.queryForList("select output_id from batch_lineage where source_id = ? order by output_id",
                UUID.class, batchId);
    }

    /**
     * The shares of each batch, both ways, in one statement for all of them: the batches they were made from, with
     * the mass taken from each (by label), and the new batches shares of them went into (in the order they were
     * made). A batch no repacking touched has none.
     */
    Map<UUID, Shares> sharesOf(Collection<UUID> batchIds) {
        Map<UUID, Shares> shares = new HashMap<>();
        if (batchIds.isEmpty()) {
            return shares;
        }
        String ids = String.join(", ", Collections.nCopies(batchIds.size(), "?"));
        List<Object> parameters = new ArrayList<>(batchIds);
        parameters.addAll(batchIds);
        jdbc.query("select * from ("
                + "select 'S' as side, output_id as batch_id, source_id as other_id, source_label as other_label, "
                + "taken_value, taken_unit, repacked_at from batch_lineage where output_id in (" + ids + ") "
                + "union all "
                + "select 'O' as side, source_id as batch_id, output_id as other_id, output_label as other_label, "
                + "taken_value, taken_unit, repacked_at from batch_lineage where source_id in (" + ids + ")) s "
                + "order by side, case when side = 'S' then other_label end, "
                + "case when side = 'O' then repacked_at end, other_id", row -> {
                    Shares of = shares.computeIfAbsent(row.getObject("batch_id", UUID.class),
                            id -> new Shares(new ArrayList<>(), new ArrayList<>()));
                    ("S".equals(row.getString("side")) ? of.sources() : of.outputs()).add(share(row, 0));
                }, parameters.toArray());
        return shares;
    }

    /** A batch's sources (what it was made from) and outputs (what shares of it went into). */
    record Shares(List<BatchShareView> sources, List<BatchShareView> outputs) {

        static final Shares NONE = new Shares(List.of(), List.of());
    }

    private static BatchShareView share(ResultSet row, int index) throws SQLException {
        BigDecimal value = row.getBigDecimal("taken_value");
        String unit = row.getString("taken_unit");
        OffsetDateTime at = row.getObject("repacked_at", OffsetDateTime.class);
        return new BatchShareView(row.getObject("other_id", UUID.class), row.getString("other_label"),
                value == null || unit == null ? null : QuantityView.of(new Quantity(value,
                        QuantityUnit.valueOf(unit))), at == null ? null : at.toInstant());
    }
}
