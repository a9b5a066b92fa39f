package cn.haztrail.manifest;

import cn.haztrail.support.Api;
import cn.haztrail.support.StatementCountingTest;
import cn.haztrail.support.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

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
        String manifest = flow.draftedOil(1).id();

        StatementLog.clear();
        flow.submit("producer", manifest);

        assertThat(statementsReadingTheStreamOf(manifest)).hasSize(1);
    }

    @Test
    void a_pickup_reads_its_manifests_events_once() throws Exception {
        CustodyFlow flow = new CustodyFlow(api);
        CustodyFlow.SubmittedOil manifest = flow.submittedOil(1);

        StatementLog.clear();
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));

        assertThat(statementsReadingTheStreamOf(manifest.id())).hasSize(1);
    }

    /** Its events or one event's stored hash: reads of the event store that name the stream. */
    private static List<StatementLog.Statement> statementsReadingTheStreamOf(String manifest) {
        return StatementLog.made().stream()
                .filter(made -> made.sql().toLowerCase().startsWith("select"))
                .filter(made -> made.sql().contains("domain_event_entry") && made.names(manifest)).toList();
    }
}
