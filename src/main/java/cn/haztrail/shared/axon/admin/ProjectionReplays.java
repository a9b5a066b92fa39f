package cn.haztrail.shared.axon.admin;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Rebuilds a streaming projection from the first event: stop the processor, reset its tokens (its @ResetHandler
 * clears its tables) with the claims of other nodes taken over, start it again. Subscribing groups live inside command transactions and are not replayed.
 */
@Service
public class ProjectionReplays {

    private final EventProcessingConfiguration processing;
    private final ClaimTakeover claims;

    ProjectionReplays(EventProcessingConfiguration processing, ClaimTakeover claims) {
        this.processing = processing;
        this.claims = claims;
    }

    public List<ProjectionStatus> all() {
        return processing.eventProcessors().values().stream().map(ProjectionReplays::status)
                .sorted(Comparator.comparing(ProjectionStatus::name)).toList();
    }

    public ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = streaming(processing, name);
        if (!processor.supportsReset()) {
            throw CommandRefused.conflict(null, "name", Translatable.of("refused.shared.reset-not-supported", name));
        }
        processor.shutDown();
        try {
            claims.writeTokens(name, processor::resetTokens); // other nodes may be running it
        } finally {
            processor.start();
        }
        return status(processor);
    }

    /** The streaming processor of that name: 404 if there is none, 409 if it is a subscribing one. */
    static StreamingEventProcessor streaming(EventProcessingConfiguration processing, String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> processing.eventProcessor(name).isPresent()
                        ? CommandRefused.conflict(null, "name",
                                Translatable.of("refused.shared.subscribing-not-replayable", name))
                        : CommandRefused.notFound("name",
                                Translatable.of("refused.shared.unknown-event-processor", name)));
    }

    static ProjectionStatus status(EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionStatus(processor.getName(), "subscribing", processor.isRunning(), false, List.of(),
                    null, null);
        }
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        List<OptionalLong> positions = segments.values().stream().map(EventTrackerStatus::getCurrentPosition).toList();
        OptionalLong highest = positions.stream().filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
        // Segments advance on their own: one may sit at the head while another still works through earlier events.
        boolean everySegmentPlaced = !positions.isEmpty() && positions.stream().allMatch(OptionalLong::isPresent);
        Long handledThrough = everySegmentPlaced
                ? positions.stream().mapToLong(OptionalLong::getAsLong).min().getAsLong() : null;
        return new ProjectionStatus(streaming.getName(), "pooled streaming", streaming.isRunning(),
                streaming.isReplaying(), segments.keySet().stream().sorted().toList(),
                highest.isPresent() ? highest.getAsLong() : null, handledThrough);
    }
}
