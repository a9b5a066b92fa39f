package cn.haztrail.shared.axon.admin;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A processor's segments advance independently: one at the head says nothing of the others. Waiting on the highest
 * segment let a report be read while another segment had not yet counted the last batch (found on CI).
 */
class ProcessorStatusTest {

    @Test
    void handled_through_is_the_position_every_segment_has_reached() {
        StreamingEventProcessor processor = processor(Map.of(0, segmentAt(OptionalLong.of(120)),
                1, segmentAt(OptionalLong.of(95))));

        ProjectionStatus status = ProjectionReplays.status(processor);

        assertThat(status.position()).isEqualTo(120);
        assertThat(status.handledThrough()).isEqualTo(95);
    }

    @Test
    void a_segment_without_a_position_leaves_nothing_handled_through() {
        StreamingEventProcessor processor = processor(Map.of(0, segmentAt(OptionalLong.of(120)),
                1, segmentAt(OptionalLong.empty())));

        assertThat(ProjectionReplays.status(processor).handledThrough()).isNull();
    }

    private static StreamingEventProcessor processor(Map<Integer, EventTrackerStatus> segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn("oversight");
        when(processor.processingStatus()).thenReturn(segments);
        return processor;
    }

    private static EventTrackerStatus segmentAt(OptionalLong position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(position);
        return status;
    }
}
