package cn.haztrail.registry;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.registry.command.Enterprise;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An aggregate loaded from its snapshot reads the snapshot together with the hash of the event it was taken after,
 * which proves it against the chain (R23), and then the events after it: two reads of the store, where the proof's
 * hash was a third. Counted on the request's own thread, for the receiver a submission checks.
 */
@StatementCountingTest
class SnapshotLoadStatementsTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Snapshotter snapshotter;

    @Test
    void R23_a_receiver_loaded_from_its_proven_snapshot_is_read_in_two_statements() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        String batch = flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T"))
                .get("id").asText();
        String manifest = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(batch), "D10", Map.of()).get("id").asText();
        SnapshotsNow.take(jdbc, snapshotter, Enterprise.class, DemoParties.DISPOSAL_CENTRE);

        StatementLog.clear();
        flow.submit("producer", manifest);

        assertThat(StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("event_entry") && made.names(DemoParties.DISPOSAL_CENTRE)))
                .hasSize(2);
    }
}
