package cn.haztrail.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The streaming projections of the regulator's read side and the feed, as an operator drives them: stop, reset their
 * tokens (their reset handlers empty their tables), start, and wait until every segment has reached the head of the
 * event store. The webhook outbox is stopped for the whole benchmark: it refuses replays by design.
 */
final class Projections {

    static final List<String> REPLAYED = List.of("oversight", "feed");
    /**
     * The processes too: they append events of their own (the copies would collide with them) and would confirm
     * the copied receipts (or link copied follow-ons) one event per transaction during the rebuild, which is not
     * what it measures.
     */
    private static final List<String> STOPPED = List.of("oversight", "feed", "custody-processes");

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    void stopAll() {
        STOPPED.forEach(name -> processor(name).shutDown());
    }

    /** @return seconds from the reset until each projection reached {@code head}, in the order of REPLAYED */
    Map<String, Double> replay(long head) throws InterruptedException {
        long start = System.nanoTime();
        for (String name : REPLAYED) {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        Map<String, Double> took = new LinkedHashMap<>();
        while (took.size() < REPLAYED.size()) {
            for (String name : REPLAYED) {
                if (!took.containsKey(name) && reached(name, head)) {
                    took.put(name, (System.nanoTime() - start) / 1e9);
                }
            }
            Thread.sleep(50);
        }
        return took;
    }

    /**
     * Waits until every other running streaming processor has handled the events up to {@code head}: the copies are
     * new events to them, and their catching up would otherwise share the cores with the replay, which an operator's
     * rebuild of a running installation does not.
     * @return seconds waited
     */
    double awaitOthersCaughtUp(long head) throws InterruptedException {
        long start = System.nanoTime();
        List<String> others = processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming && streaming.isRunning())
                .map(Map.Entry::getKey).filter(name -> !STOPPED.contains(name)).toList();
        while (!others.stream().allMatch(name -> reached(name, head))) {
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Waits until the projections have caught up with {@code head} (after a replay already under way). */
    void awaitCaughtUp(long head) throws InterruptedException {
        REPLAYED.forEach(name -> {
            if (!processor(name).isRunning()) {
                processor(name).start();
            }
        });
        while (!REPLAYED.stream().allMatch(name -> reached(name, head))) {
            Thread.sleep(50);
        }
    }

    int segments(String name) {
        return jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Integer.class, name);
    }

    private boolean reached(String name, long head) {
        Map<Integer, EventTrackerStatus> status = processor(name).processingStatus();
        return status.size() == segments(name) && status.values().stream().allMatch(segment -> {
            OptionalLong position = segment.getCurrentPosition();
            return !segment.isReplaying() && !segment.isErrorState() && position.isPresent()
                    && position.getAsLong() >= head;
        });
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }
}
