package cn.haztrail.registry;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.registry.command.Enterprise;
import cn.haztrail.shared.axon.AggregateCache;
import cn.haztrail.shared.axon.AggregateCaches;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An aggregate loaded from its snapshot reads the snapshot together with the hash of the event it was taken after,
 * which proves it against the chain (R23), and then the events after it: two reads of the store, where the proof's
 * hash was a third. An event appended to it next (a receipt's hold) chains to that hash, which was read a fourth time.
 * Counted on the request's own thread, for the receiver a submission checks and a receipt holds room on, when the node
 * does not hold the receiver in memory from an earlier transaction ({@link AggregateCache}).
 */
@StatementCountingTest
class SnapshotLoadStatementsTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    @Qualifier(AggregateCaches.ENTERPRISES)
    AggregateCache keptReceivers;

    @Test
    void R23_a_receiver_loaded_from_its_proven_snapshot_is_read_in_two_statements() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        String manifest = flow.draftedOil(1).id();
        SnapshotsNow.take(jdbc, snapshotter, Enterprise.class, DemoParties.DISPOSAL_CENTRE);
        keptReceivers.removeAll();

        StatementLog.clear();
        flow.submit("producer", manifest);

        assertThat(readsOfTheReceiversStream()).hasSize(2);
    }

    @Test
    void R23_a_hold_on_a_receiver_loaded_from_its_snapshot_chains_to_the_hash_its_proof_read() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        CustodyFlow.SubmittedOil manifest = flow.submittedOil(1);
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));
        flow.arrive("carrier", manifest.id());
        SnapshotsNow.take(jdbc, snapshotter, Enterprise.class, DemoParties.DISPOSAL_CENTRE);
        keptReceivers.removeAll();

        StatementLog.clear();
        api.post("receiver", "/api/v1/manifests/" + manifest.id() + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(manifest.batchId(), "ACCEPT", "1000", 1, "D10"))))
                .andExpect(status().isOk());

        assertThat(readsOfTheReceiversStream()).hasSize(2);
    }

    /** The snapshot (with its proof), the events after it, or one event's stored hash. */
    private static List<StatementLog.Statement> readsOfTheReceiversStream() {
        return StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("event_entry") && made.names(DemoParties.DISPOSAL_CENTRE))
                .toList();
    }
}
