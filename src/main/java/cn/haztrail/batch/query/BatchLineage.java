package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Which new batches took shares of a batch (R39-R41): how the chain of custody of a source finds them, as a source's
 * own stream does not name them (the new batch's creation event alone takes the shares). The events themselves say
 * when and how much.
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
            jdbc.update("insert into batch_lineage (source_id, output_id) values (?, ?)", source.batchId(),
                    event.batchId());
        }
    }

    /** The batches made from shares of this one, in no particular order (the chain orders their events). */
    @Transactional(readOnly = true)
    public List<UUID> outputsOf(UUID batchId) {
        return jdbc.queryForList("select output_id from batch_lineage where source_id = ? order by output_id",
                UUID.class, batchId);
    }
}
