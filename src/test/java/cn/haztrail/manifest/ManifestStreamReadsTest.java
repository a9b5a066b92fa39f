package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step that asks its manifest's terms and then changes it, in one transaction, reads the manifest's events once:
 * the change works on the aggregate its checks loaded, and chains its event to the head that load found. Each of these
 * steps read the stream twice. (A receipt asks and changes in transactions of their own, one aggregate each, so it
 * reads the stream in each.) Counted on the request's own thread.
 */
@StatementCountingTest
class ManifestStreamReadsTest {

    @Autowired
    Api api;

    @Test
    void a_submission_reads_its_manifests_events_once() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        String manifest = drafted(flow).id();

        StatementLog.clear();
        flow.submit("producer", manifest);

        assertThat(statementsReadingTheStreamOf(manifest)).hasSize(1);
    }

    @Test
    void a_pickup_reads_its_manifests_events_once() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        Drafted drafted = drafted(flow);
        flow.submit("producer", drafted.id());

        StatementLog.clear();
        flow.pickUp("carrier", drafted.id(), "赣H12345", List.of(drafted.labelId()));

        assertThat(statementsReadingTheStreamOf(drafted.id())).hasSize(1);
    }

    private record Drafted(String id, String batchId, String labelId) {
    }

    private static Drafted drafted(CustodyFlow flow) throws Exception {
        var batch = flow.registerBatch("producer", "900-249-08", "300", "LIQUID", "DRUM", 1, List.of("T"));
        String id = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        return new Drafted(id, batch.get("id").asText(), batch.get("labelId").asText());
    }

    /** Its events or one event's stored hash: reads of the event store that name the stream. */
    private static List<StatementLog.Statement> statementsReadingTheStreamOf(String manifest) {
        return StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("domain_event_entry") && made.names(manifest)).toList();
    }
}
