package cn.haztrail.backflow;

import cn.haztrail.HazTrailApplication;
import cn.haztrail.backflow.command.BackflowRunner;
import cn.haztrail.backflow.command.BackflowJobs;
import cn.haztrail.backflow.command.JobState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export a city from one installation, import the file into a fresh one: the regulator's indicators, flows and
 * custody chains are the same in both (issue 17). Two installations of their own, each on its own in-memory H2 with
 * the demo parties and no demo history; the first gets its history from a backflow file of its own.
 */
class BackflowRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext fresh;

    @BeforeAll
    static void start() {
        first = start("backflow-first");
        fresh = start("backflow-fresh");
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
                "--spring.jpa.database-platform=cn.haztrail.shared.persistence.H2BinaryLobDialect",
                "--spring.datasource.url=jdbc:h2:mem:" + name + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
                        + "DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    @Test
    void a_city_exported_and_imported_into_a_fresh_installation_has_the_same_indicators_flows_and_custody_chains()
            throws Exception {
        BackflowFile history = new BackflowFile().batch("B1", 201).manifest("M1", "B1", 900201)
                .batch("B2", 202).disposal("D1", "B1");
        var rejected = history.manifestRecord("M2", "B2", 900202);
        rejected.put("lineDecisions", "REJECT");
        rejected.put("lineAcceptedTonnes", "");
        rejected.put("lineMethods", "");
        history.add(rejected);
        history.batch("B3", 203);
        var partial = history.manifestRecord("M3", "B3", 900203);
        partial.put("lineDecisions", "PARTIAL");
        partial.put("lineAcceptedTonnes", "1.05");
        history.add(partial);
        importInto(first, "PROVINCE", history.jsonLines());

        byte[] exported = get(first, "/api/v1/oversight/backflow/exports/360200").getBytes(StandardCharsets.UTF_8);
        importInto(fresh, "FIRST-INSTALLATION", exported);

        String year = "from=2026-01-01&to=2026-12-31&region=360200";
        // the first installation's figures hold the imported history before they are compared with anything
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!read(first, "/api/v1/oversight/flows?" + year).toString().contains("HW08")
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(read(first, "/api/v1/oversight/flows?" + year).toString()).contains("HW08");
        for (String path : List.of("/api/v1/oversight/indicators?" + year,
                "/api/v1/oversight/indicators?view=facility&" + year, "/api/v1/oversight/flows?" + year)) {
            assertThat(eventually(fresh, path, first)).as(path).isEqualTo(read(first, path));
        }
        for (String number : List.of("20263602900201", "20263602900202", "20263602900203")) {
            String path = "/api/v1/oversight/custody/manifests/" + number;
            assertThat(chain(read(fresh, path))).as(path).isEqualTo(chain(read(first, path)));
        }
    }

    private static void importInto(ConfigurableApplicationContext app, String system, byte[] file) {
        BackflowRunner runner = app.getBean(BackflowRunner.class);
        UUID job = runner.create("city.jsonl", system, file, "regulator-jdz", "REGULATOR", "360200");
        runner.run(job);
        var done = app.getBean(BackflowJobs.class).find(job).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(app.getBean(BackflowJobs.class).refusals(job)).isEmpty();
    }

    /** The oversight processor catches up in the background: poll (minutes at most) until both answers agree. */
    private static JsonNode eventually(ConfigurableApplicationContext app, String path,
                                       ConfigurableApplicationContext reference) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode answer = read(app, path);
        while (System.nanoTime() < deadline && !answer.equals(read(reference, path))) {
            Thread.sleep(200);
            answer = read(app, path);
        }
        return answer;
    }

    /** What a chain says, without what differs by installation: ids, positions, recording times and accounts. */
    private static List<String> chain(JsonNode answer) {
        List<String> steps = new ArrayList<>();
        for (JsonNode entry : (ArrayNode) answer.get("entries")) {
            steps.add(entry.get("eventType").asString() + " " + entry.get("businessTime").asString() + " "
                    + entry.get("summary").asString() + " " + entry.get("declared") + " " + entry.get("accepted")
                    + " " + entry.get("disposed"));
        }
        return steps;
    }

    private static JsonNode read(ConfigurableApplicationContext app, String path) throws Exception {
        return JSON.readTree(get(app, path));
    }

    private static String get(ConfigurableApplicationContext app, String path) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "regulator-jdz:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
