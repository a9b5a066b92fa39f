package cn.haztrail.backflow;

import cn.haztrail.HazTrailApplication;
import cn.haztrail.backflow.command.BackflowJobs;
import cn.haztrail.backflow.command.BackflowRunner;
import cn.haztrail.backflow.command.JobState;
import cn.haztrail.demo.DemoParties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the import writes the command side's lookup tables (custody, claimed numbers, trips, label and serial
 * floors) and the parties' views (batches, manifests) set-based, per chunk. A city's native history with every kind
 * of step (partly accepted and rejected lines with discrepancies, a cancellation, a handover) is exported and
 * imported into a fresh installation (a handover offered and not yet taken over too); then the same imported events are handled again one by one by the subscribing
 * handlers, as the import did before, and every one of those tables must hold exactly the same rows.
 */
class ImportedTablesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext fresh;

    @BeforeAll
    static void start() {
        first = start("imported-tables");
        fresh = start("imported-tables-fresh");
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (fresh != null) {
            fresh.close();
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(HazTrailApplication.class).profiles("test").run("--server.port=0",
                "--server.address=127.0.0.1", "--haztrail.demo.history=false",
                "--haztrail.backflow.chunk-size=3",
                "--spring.jpa.database-platform=cn.haztrail.shared.persistence.H2BinaryLobDialect",
                "--spring.datasource.url=jdbc:h2:mem:" + name + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
                        + "DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    @Test
    void an_import_writes_the_lookup_tables_and_views_exactly_as_the_per_event_handlers_do() throws Exception {
        NativeHistory history = new NativeHistory(port(first));
        JsonNode oil = history.batch("900-249-08", "1000", 4, List.of("T", "I"));
        JsonNode sludge = history.batch("900-249-08", "500", 2, List.of("T", "I"));
        JsonNode clean = history.batch("900-249-08", "800", 4, List.of("T", "I"));
        JsonNode freed = history.batch("900-249-08", "300", 1, List.of("T", "I"));
        JsonNode relayed = history.batch("900-249-08", "600", 3, List.of("T", "I"));
        JsonNode waiting = history.batch("900-249-08", "200", 1, List.of("T"));
        JsonNode offered = history.batch("900-249-08", "400", 2, List.of("T", "I"));
        String found = history.submitted(List.of(oil, sludge));
        history.carried(found, List.of(oil, sludge));
        history.received(found, List.of(
                NativeHistory.line(oil, "PARTIAL", "0.9", 3, Map.of("nameMatches", false, "note", "过磅少10%")),
                NativeHistory.line(sludge, "REJECT", null, 2, Map.of("characteristicsMatch", false))));
        history.disposed(oil, "0.9");
        String whole = history.submitted(List.of(clean));
        history.carried(whole, List.of(clean));
        history.received(whole, List.of(NativeHistory.weighedLine(clean, "800", 4, "FL-20260305-0042")));
        history.cancelled(history.submitted(List.of(freed)), "车辆故障，改期转移");
        String handedOver = history.submitted(List.of(relayed), List.of(DemoParties.CARRIER,
                DemoParties.SECOND_CARRIER));
        history.carriedByTwo(handedOver, List.of(relayed));
        history.received(handedOver, List.of(NativeHistory.line(relayed, "ACCEPT", "0.6", 3, Map.of())));
        history.submitted(List.of(waiting));
        history.offeredToSecond(history.submitted(List.of(offered), List.of(DemoParties.CARRIER,
                DemoParties.SECOND_CARRIER)), List.of(offered));
        importInto(fresh, get(first, "/api/v1/oversight/backflow/exports/360200").getBytes(StandardCharsets.UTF_8));
        PerEventPath tables = new PerEventPath(fresh);
        Map<String, List<String>> imported = tables.rows();

        tables.rewrite();

        assertThat(imported.get("batch_view")).hasSize(7);
        assertThat(imported.get("manifest_view")).hasSize(6);
        // the producer, the carriers and the disposal centre of each: four manifests by one carrier, two relays
        assertThat(imported.get("party_manifest")).hasSize(4 * 3 + 2 * 4);
        assertThat(imported).isEqualTo(tables.rows());
    }

    private static void importInto(ConfigurableApplicationContext app, byte[] file) {
        BackflowRunner runner = app.getBean(BackflowRunner.class);
        UUID job = runner.create("city.jsonl", "FIRST-INSTALLATION", file, "regulator-jdz", "REGULATOR", "360200");
        runner.run(job);
        assertThat(app.getBean(BackflowJobs.class).find(job).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
        assertThat(app.getBean(BackflowJobs.class).refusals(job)).isEmpty();
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static String get(ConfigurableApplicationContext app, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(app)
                        + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "regulator-jdz:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
