package cn.haztrail.backflow;

import cn.haztrail.HazTrailApplication;
import cn.haztrail.backflow.command.BackflowJobs;
import cn.haztrail.backflow.command.BackflowRunner;
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
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a city's NATIVE history (receipts with every kind of discrepancy, partly accepted and rejected lines, a
 * line weighed in kilograms with its weighbridge ticket, a cancelled manifest, a handover between two carriers, a
 * handover offered and not yet taken over) exported and imported into a fresh installation gives the same indicators,
 * flows and custody chains. Two installations of their own on in-memory H2 (whichever database the suite runs on),
 * with the demo parties and no demo history.
 */
class BackflowNativeRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String UUID_TEXT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext fresh;

    @BeforeAll
    static void start() {
        first = start("backflow-native");
        fresh = start("backflow-native-fresh");
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
    void native_discrepancies_partial_and_rejected_lines_cancellations_and_handovers_survive_an_export_and_import()
            throws Exception {
        NativeHistory history = new NativeHistory(port(first));
        JsonNode oil = history.batch("900-249-08", "1000", 4, List.of("T", "I"));
        JsonNode sludge = history.batch("900-249-08", "500", 2, List.of("T", "I"));
        JsonNode clean = history.batch("900-249-08", "800", 4, List.of("T", "I"));
        JsonNode freed = history.batch("900-249-08", "300", 1, List.of("T", "I"));
        JsonNode relayed = history.batch("900-249-08", "600", 3, List.of("T", "I"));
        JsonNode offered = history.batch("900-249-08", "400", 2, List.of("T", "I"));
        JsonNode onTheWay = history.batch("900-249-08", "200", 1, List.of("T", "I"));
        String found = history.submitted(List.of(oil, sludge));
        history.carried(found, List.of(oil, sludge));
        history.received(found, List.of(
                NativeHistory.line(oil, "PARTIAL", "0.9", 3, Map.of("nameMatches", false, "formMatches", false,
                        "note", "过磅少10%")),
                NativeHistory.line(sludge, "REJECT", null, 2, Map.of("characteristicsMatch", false,
                        "packagingMatches", false))));
        history.disposed(oil, "0.9");
        String whole = history.submitted(List.of(clean));
        history.carried(whole, List.of(clean));
        history.received(whole, List.of(NativeHistory.weighedLine(clean, "800", 4, "FL-20260305-0042")));
        String cancelled = history.submitted(List.of(freed));
        history.cancelled(cancelled, "车辆故障，改期转移");
        String handedOver = history.submitted(List.of(relayed),
                List.of(cn.haztrail.demo.DemoParties.CARRIER, cn.haztrail.demo.DemoParties.SECOND_CARRIER));
        history.carriedByTwo(handedOver, List.of(relayed));
        history.received(handedOver, List.of(NativeHistory.line(relayed, "ACCEPT", "0.6", 3, Map.of())));
        String pending = history.submitted(List.of(offered),
                List.of(cn.haztrail.demo.DemoParties.CARRIER, cn.haztrail.demo.DemoParties.SECOND_CARRIER));
        history.offeredToSecond(pending, List.of(offered));
        String firstLeg = history.submitted(List.of(onTheWay),
                List.of(cn.haztrail.demo.DemoParties.CARRIER, cn.haztrail.demo.DemoParties.SECOND_CARRIER));
        history.pickedUp(firstLeg, List.of(onTheWay));
        List<String> numbers = List.of(history.number(found), history.number(whole), history.number(cancelled),
                history.number(handedOver), history.number(pending), history.number(firstLeg));

        byte[] exported = get(first, "/api/v1/oversight/backflow/exports/360200").getBytes(StandardCharsets.UTF_8);
        importInto(fresh, exported);

        String year = "from=2026-01-01&to=2026-12-31&region=360200";
        for (String path : List.of("/api/v1/oversight/indicators?" + year,
                "/api/v1/oversight/indicators?view=facility&" + year, "/api/v1/oversight/flows?" + year)) {
            JsonNode reference = settled(first, path);
            assertThat(eventually(fresh, path, reference)).as(path).isEqualTo(reference);
        }
        for (String number : numbers) {
            String path = "/api/v1/oversight/custody/manifests/" + number;
            List<String> chain = chain(read(first, path));
            assertThat(chain(read(fresh, path))).as(path).isEqualTo(chain);
            assertThat(String.join("\n", chain)).as(path).isNotEmpty();
        }
        String chains = String.join("\n", chain(read(fresh, "/api/v1/oversight/custody/manifests/" + numbers.get(0))));
        assertThat(chains).contains("DiscrepancyRecorded");
        assertThat(String.join("\n", chain(read(fresh, "/api/v1/oversight/custody/manifests/" + numbers.get(2)))))
                .contains("ManifestCancelled");
        assertThat(String.join("\n", chain(read(fresh, "/api/v1/oversight/custody/manifests/" + numbers.get(3)))))
                .contains("HandoverCompleted");
        assertThat(get(fresh, "/api/v1/oversight/backflow/exports/360200"))
                .contains("\"lineAcceptedUnits\":\"kg\"", "\"lineWeighbridgeTickets\":\"FL-20260305-0042\"");
        a_handover_offered_and_not_taken_over_is_taken_over_in_the_fresh_installation(numbers.get(4));
        a_carrier_named_and_not_reached_yet_takes_the_waste_over_in_the_fresh_installation(numbers.get(5));
    }

    /** Found: only the carriers reached were exported, so the first carrier had nobody to hand the waste over to. */
    private static void a_carrier_named_and_not_reached_yet_takes_the_waste_over_in_the_fresh_installation(
            String number) throws Exception {
        String path = "/api/v1/oversight/custody/manifests/" + number;
        NativeHistory there = new NativeHistory(port(fresh));
        String id = there.idOf(number);

        there.offeredByFirst(id);
        there.takenOverBySecond(id);

        List<String> after = chain(read(fresh, path));
        assertThat(after.get(after.size() - 1)).startsWith("HandoverCompleted");
    }

    /** Found: the offer was not exported, so the fresh installation's chain lacked it and the takeover was refused. */
    private static void a_handover_offered_and_not_taken_over_is_taken_over_in_the_fresh_installation(String number)
            throws Exception {
        String path = "/api/v1/oversight/custody/manifests/" + number;
        List<String> imported = chain(read(fresh, path));
        assertThat(imported.get(imported.size() - 1)).startsWith("HandoverOffered");
        NativeHistory there = new NativeHistory(port(fresh));

        there.takenOverBySecond(there.idOf(number));

        List<String> after = chain(read(fresh, path));
        assertThat(after).hasSize(imported.size() + 1);
        assertThat(after.get(after.size() - 1)).startsWith("HandoverCompleted");
    }

    private static void importInto(ConfigurableApplicationContext app, byte[] file) {
        BackflowRunner runner = app.getBean(BackflowRunner.class);
        UUID job = runner.create("city.jsonl", "FIRST-INSTALLATION", file, "regulator-jdz", "REGULATOR", "360200");
        runner.run(job);
        var done = app.getBean(BackflowJobs.class).find(job).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(app.getBean(BackflowJobs.class).refusals(job)).isEmpty();
    }

    /** The first installation's read side catches up in the background: its answer once two reads agree. */
    private static JsonNode settled(ConfigurableApplicationContext app, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode before = read(app, path);
        Thread.sleep(2_000);
        JsonNode after = read(app, path);
        while (!after.equals(before) && System.nanoTime() < deadline) {
            before = after;
            Thread.sleep(2_000);
            after = read(app, path);
        }
        return after;
    }

    /** The fresh installation's read side catches up in the background: poll (minutes at most) until it agrees. */
    private static JsonNode eventually(ConfigurableApplicationContext app, String path, JsonNode reference)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode answer = read(app, path);
        while (System.nanoTime() < deadline && !answer.equals(reference)) {
            Thread.sleep(200);
            answer = read(app, path);
        }
        return answer;
    }

    /** What a chain says, without what differs by installation: ids, positions, recording times and accounts. */
    private static List<String> chain(JsonNode answer) {
        List<String> steps = new ArrayList<>();
        for (JsonNode entry : (ArrayNode) answer.get("entries")) {
            steps.add((entry.get("eventType").asString() + " " + entry.get("businessTime").asString() + " "
                    + entry.get("summary").asString() + " " + entry.get("declared") + " " + entry.get("accepted")
                    + " " + entry.get("disposed")).replaceAll(UUID_TEXT, "<id>"));
        }
        return steps;
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static JsonNode read(ConfigurableApplicationContext app, String path) throws Exception {
        return JSON.readTree(get(app, path));
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
