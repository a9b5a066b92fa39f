package cn.haztrail.contract.hostile;

import cn.haztrail.HazTrailApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The whole application on a random loopback port with its own in-memory H2 and the demo data, spoken to over real
 * HTTP: malformed JSON, body limits and content types go through the real connector and filter chain, which MockMvc
 * would skip.
 */
final class HostileApp implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-test";
    static final String DEMO_PASSWORD = "demo";
    /**
     * Limits for a machine under load, not for a healthy one: a request gives up only after minutes, and the first
     * read of the API document (which springdoc builds on demand) is retried until {@link #READY} has passed.
     */
    private static final Duration CONNECT = Duration.ofMinutes(1);
    private static final Duration ANSWER = Duration.ofMinutes(3);
    private static final Duration READY = Duration.ofMinutes(5);

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    private final String base;

    private HostileApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    static HostileApp start() {
        HostileApp app = new HostileApp(new SpringApplicationBuilder(HazTrailApplication.class)
                .profiles("test")
                .properties("server.address=127.0.0.1", "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:haztrail-hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                        "logging.level.root=WARN",
                        // Every refused request is a 4xx; keep the expected ones out of the build log.
                        "logging.level.cn.haztrail.shared.web=ERROR")
                .run());
        app.cheapenPasswordHashes();
        return app;
    }

    /**
     * Every request signs in with HTTP Basic, and BCrypt at cost 10 takes most of a request's time on a small
     * machine: the campaign's accounts get the same passwords hashed at cost 4. Sign-in stays real.
     */
    private void cheapenPasswordHashes() {
        var bcrypt = new BCryptPasswordEncoder(4);
        jdbc.update("update account set password_hash = ? where username <> 'admin'",
                "{bcrypt}" + bcrypt.encode(DEMO_PASSWORD));
        jdbc.update("update account set password_hash = ? where username = 'admin'",
                "{bcrypt}" + bcrypt.encode(ADMIN_PASSWORD));
    }

    /**
     * Events stored by requests. Not counted: the *Overdue and *Expired events that deadlines append in the background
     * at any time (as in the integration tests' Api helper), and RefusalRecorded, the audit record a manifest keeps of a
     * refusal under R03/R04/R05/R14 (by design the regulator sees those refusals; the request itself stored nothing).
     */
    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type not like '%Overdue'"
                + " and payload_type not like '%Expired' and payload_type not like '%RefusalRecorded'", Long.class);
    }

    HttpResponse<String> send(HostileRequest request) {
        var builder = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(ANSWER);
        String password = "admin".equals(request.user()) ? ADMIN_PASSWORD : DEMO_PASSWORD;
        builder.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((request.user() + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        var body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        try {
            return http.send(builder.method(request.method(), body).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NoAnswer("No HTTP answer to " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The body of a 200 to GET, retried while the application gives no answer or a 5xx, up to {@link #READY}. */
    String get(String path, String user) {
        Instant deadline = Instant.now().plus(READY);
        String lastFailure = "no attempt";
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = send(new HostileRequest("GET " + path, "GET", path, user, Map.of(), null, null));
                if (response.statusCode() == 200) {
                    return response.body();
                }
                if (response.statusCode() < 500) {
                    throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
                }
                lastFailure = "answered " + response.statusCode();
            } catch (NoAnswer e) {
                lastFailure = e.getMessage();
            }
            pause();
        }
        throw new IllegalStateException("GET " + path + " not ready within " + READY + ": " + lastFailure);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The request got no HTTP answer at all (connection refused, reset or timed out). */
    static final class NoAnswer extends IllegalStateException {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
