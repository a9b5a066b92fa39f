package cn.haztrail.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Waits until every running streaming processor (whatever the read side's processors are called) has handled every
 * event stored so far, so that the statements and CPU of the asynchronous read side can be charged to the lifecycles
 * that caused them.
 */
final class ReadSideCatchUp {

    private static final Duration PATIENCE = Duration.ofMinutes(Long.getLong("bench.catchUpMinutes", 10));

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Map<String, Double> reachedAfter = new LinkedHashMap<>();

    ReadSideCatchUp(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** @return false if some processor had not caught up after the patience (an error state, say) */
    boolean await() throws InterruptedException {
        long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        long start = System.nanoTime();
        long deadline = start + PATIENCE.toNanos();
        while (!allReached(head, start)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Seconds from the start of {@link #await} until each processor had reached the head, in that order. */
    Map<String, Double> secondsByProcessor() {
        return reachedAfter;
    }

    private boolean allReached(long head, long start) {
        List<StreamingEventProcessor> running = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning).toList();
        for (StreamingEventProcessor processor : running) {
            if (!reachedAfter.containsKey(processor.getName()) && reached(processor, head)) {
                reachedAfter.put(processor.getName(), (System.nanoTime() - start) / 1e9);
            }
        }
        return running.stream().allMatch(processor -> reachedAfter.containsKey(processor.getName()));
    }

    /** Every segment of the processor is claimed (by this JVM, the only node) and at or beyond {@code head}. */
    private boolean reached(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Integer stored = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                Integer.class, processor.getName());
        return !segments.isEmpty() && segments.size() == stored && segments.values().stream().allMatch(segment -> {
            OptionalLong position = segment.getCurrentPosition();
            return !segment.isReplaying() && position.isPresent() && position.getAsLong() >= head;
        });
    }
}
