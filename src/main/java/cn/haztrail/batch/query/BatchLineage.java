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
import java.util.List;
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

    /** The new batches shares of this one went into, in the order they were made. */
    List<BatchShareView> outputSharesOf(UUID batchId) {
        return jdbc.query("select output_id as other_id, output_label as other_label, taken_value, taken_unit, "
                + "repacked_at from batch_lineage where source_id = ? order by repacked_at, output_id",
                BatchLineage::share, batchId);
    }

    /** The batches this one was made from, with the mass taken from each. */
    List<BatchShareView> sourceSharesOf(UUID batchId) {
        return jdbc.query("select source_id as other_id, source_label as other_label, taken_value, taken_unit, "
                + "repacked_at from batch_lineage where output_id = ? order by source_label, source_id",
                BatchLineage::share, batchId);
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
