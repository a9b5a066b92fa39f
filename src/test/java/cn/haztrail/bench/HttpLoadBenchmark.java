package cn.haztrail.bench;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * A crowd of API clients over real HTTP (loopback, the JDK's HTTP client, HTTP Basic with the right passwords on every
 * request, as API clients do) against the running application: {@code -Dbench.load.clients} (50, 200, 500) clients
 * at once, each for {@code -Dbench.load.seconds} (30), after a warm-up. Each request is a read of 100 manifests
 * ({@code GET /api/v1/manifests?size=100}, as the producer, carrier, receiver or hospital), a read of the
 * regulator's alerts, or (one in five) a custody write: a producer registers a batch. Prints throughput,
 * p50/p99 and the count of each status (a 401 would be a right password refused, a 5xx a failure; 503 is load shed
 * on purpose). Application and clients share the JVM and the cores, so the figures are a floor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=20")
@ActiveProfiles("bench")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
@Order(50)
class HttpLoadBenchmark {

    private static final String[] READERS = {"producer", "carrier", "receiver", "hospital"};
    private static final String[] OIL_CODES = {"900-199-08", "900-200-08", "900-215-08", "900-216-08",
            "900-217-08", "900-218-08", "900-219-08", "900-220-08", "900-221-08", "900-249-08"};

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void concurrent_clients_over_http() throws Exception {
        int seconds = Integer.getInteger("bench.load.seconds", 30);
        List<Integer> crowds = Arrays.stream(System.getProperty("bench.load.clients", "50,200,500").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        run(20, Math.min(seconds, 15)); // warm-up: JIT, connection pools, BCrypt of each reader once
        ResultTable table = new ResultTable("HTTP load on " + BenchmarkDatabase.name() + ", " + seconds
                + " s per crowd", "clients", "requests", "req/s", "p50 ms", "p99 ms", "statuses",
                "load avg")
                .note("Real HTTP on loopback, HTTP Basic with the right password on every request; 4 reads "
                        + "(100 manifests, or the regulator's alerts) to 1 custody write (register a batch). Load "
                        + "avg: the machine's 1-minute load average at the end of the crowd (other work included).");
        for (int clients : crowds) {
            Outcome outcome = run(clients, seconds);
            table.row(clients, outcome.requests(), String.format("%.1f", outcome.requests() / (double) seconds),
                    String.format("%.0f", outcome.latencies().percentileMillis(50)),
                    String.format("%.0f", outcome.latencies().percentileMillis(99)), outcome.statuses(),
                    loadAverage());
        }
        table.print();
    }

    /** How busy the whole machine was, so that figures taken on a shared machine say so. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            return "?";
        }
    }

    private record Outcome(long requests, Latencies latencies, Map<String, Long> statuses) {
    }

    private Outcome run(int clients, int seconds) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(seconds);
        Latencies latencies = new Latencies();
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                while (Instant.now().isBefore(end)) {
                    long start = System.nanoTime();
                    String status = call();
                    latencies.record(System.nanoTime() - start);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            }, "load-client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Map<String, Long> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.sum()));
        return new Outcome(counted.values().stream().mapToLong(Long::longValue).sum(), latencies, counted);
    }

    /** One request; its status, or the kind of failure when there was no answer. */
    private String call() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int pick = random.nextInt(5);
        HttpRequest request;
        if (pick == 0) {
            request = request("producer", "/api/v1/batches").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch(), StandardCharsets.UTF_8)).build();
        } else if (pick == 1) {
            request = request("regulator-jdz", "/api/v1/oversight/alerts").GET().build();
        } else {
            request = request(READERS[random.nextInt(READERS.length)], "/api/v1/manifests?size=100").GET().build();
        }
        try {
            return Integer.toString(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
    }

    /**
     * Label ids number a producer's batches of one code and day from 001 to 999 (R07): with one code and one day the
     * writes became refusals (422) after about a thousand. Ten waste-oil codes (all "T,I" or "T") and two days give
     * twenty thousand.
     */
    private static String batch() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = OIL_CODES[random.nextInt(OIL_CODES.length)];
        Instant generated = Instant.now().minusSeconds(random.nextBoolean() ? 86_400 : 3_600);
        return """
                {"wasteCode":"%s","quantity":{"value":"12","unit":"kg"},"physicalForm":"LIQUID",
                 "packaging":{"type":"DRUM","count":1},"hazardCharacteristics":["T","I"],"mainComponents":"矿物油、水",
                 "generatedAt":"%s","storageLocation":"危废暂存间A区"}""".formatted(code, generated);
    }
}
