package cn.haztrail.oversight.indicators;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.fail;

/**
 * Bounded polls for the pooled processor {@value FactsProjection#GROUP}, which runs on its own threads: every 50 ms,
 * for at most 2 minutes (a loaded machine may be slow), never a fixed sleep.
 */
final class FactsAwait {

    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final long EVERY_MILLIS = 50;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    FactsAwait(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Until every segment has processed the newest stored event, so that earlier tests' events are all in. */
    void caughtUp() throws Exception {
        long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        StreamingEventProcessor processor = processing.eventProcessor(FactsProjection.GROUP,
                StreamingEventProcessor.class).orElseThrow();
        until(processor::processingStatus, segments -> caughtUp(segments, head),
                FactsProjection.GROUP + " to reach event " + head);
    }

    private static boolean caughtUp(Map<Integer, EventTrackerStatus> segments, long head) {
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** Reads until the value satisfies the condition, and answers it. */
    static <T> T until(Callable<T> read, Predicate<T> condition, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        T value = read.call();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                fail("waited " + LIMIT.toSeconds() + " s for " + what + "; last seen: " + value);
            }
            Thread.sleep(EVERY_MILLIS);
            value = read.call();
        }
        return value;
    }
}
