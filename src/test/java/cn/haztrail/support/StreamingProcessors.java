package cn.haztrail.support;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits, as the administrator sees it, until streaming processors have handled every stored event. A test that edits
 * a stored row waits first: a processor that read the edited row would keep what it read after the row is put back.
 */
public final class StreamingProcessors {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Api api;
    private final JdbcTemplate jdbc;

    public StreamingProcessors(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** Every segment of every running streaming processor has reached the head of the store and is not replaying. */
    public void awaitAllCaughtUp() throws Exception {
        await(processor -> processor.get("running").asBoolean()
                && processor.get("kind").asString().contains("streaming"));
    }

    /** Every segment of the named processor has reached the head of the store and is not replaying. */
    public void awaitCaughtUp(String name) throws Exception {
        await(processor -> processor.get("name").asString().equals(name));
    }

    private void await(Predicate<JsonNode> which) throws Exception {
        long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            JsonNode behind = firstBehind(which, head);
            if (behind == null) {
                return;
            }
            assertThat(Instant.now()).as("%s did not catch up with position %d", behind, head).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private JsonNode firstBehind(Predicate<JsonNode> which, long head) throws Exception {
        boolean found = false;
        for (JsonNode processor : api.read(api.get(Api.ADMIN, "/api/v1/admin/projections"))) {
            if (!which.test(processor)) {
                continue;
            }
            found = true;
            boolean caughtUp = !processor.get("replaying").asBoolean() && processor.hasNonNull("handledThrough")
                    && processor.get("handledThrough").asLong() >= head;
            if (!caughtUp) {
                return processor;
            }
        }
        assertThat(found).as("a processor to wait for").isTrue();
        return null;
    }
}
