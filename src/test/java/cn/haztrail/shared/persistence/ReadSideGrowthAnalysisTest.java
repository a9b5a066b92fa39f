package cn.haztrail.shared.persistence;

import cn.haztrail.shared.persistence.ReadSideGrowthAnalysis.HandledEvents;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found on PostgreSQL (issues 16 and 17): after an import the streaming processors filled tables whose statistics,
 * taken while they were empty, had their lookups by key planned as whole-table scans; with autovacuum off they stayed
 * so, and the catch-up slowed as the tables grew. The read side now has the statistics refreshed as it grows.
 */
class ReadSideGrowthAnalysisTest {

    private final List<Long> refreshedAfter = new ArrayList<>();
    private long handled;
    private final HandledEvents analysis = new HandledEvents(() -> refreshedAfter.add(handled),
            Runnable::run);

    /** A streaming processor's batch of the next tracked events, handled and committed. */
    private void streamingBatch(int events) throws Exception {
        streamingBatch(events, analysis);
    }

    private void streamingBatch(int events, HandledEvents counting) throws Exception {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int n = 0; n < events; n++) {
            batch.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(handled + n),
                    GenericEventMessage.asEventMessage("event")));
        }
        handled += events;
        handle(new BatchingUnitOfWork<>(batch), counting);
    }

    private static void handle(BatchingUnitOfWork<EventMessage<?>> unitOfWork, HandledEvents counting)
            throws Exception {
        unitOfWork.executeWithResult(() -> counting.handle(unitOfWork, () -> null));
    }

    @Test
    void the_statistics_are_refreshed_after_the_batch_reaching_1000_handled_events_and_each_doubling_after()
            throws Exception {
        for (int batch = 0; batch < 12; batch++) {
            streamingBatch(400);
        }

        assertThat(refreshedAfter).containsExactly(1_200L, 2_400L, 4_800L);
    }

    @Test
    void a_batch_past_several_doublings_refreshes_them_once() throws Exception {
        streamingBatch(999);
        assertThat(refreshedAfter).isEmpty();

        streamingBatch(5_000);
        streamingBatch(5_000);

        assertThat(refreshedAfter).containsExactly(5_999L);
    }

    @Test
    void the_processor_does_not_wait_for_the_analysis() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        HandledEvents apart = new HandledEvents(() -> refreshedAfter.add(handled), queued::add);

        streamingBatch(1_000, apart);
        assertThat(refreshedAfter).isEmpty();

        queued.forEach(Runnable::run);
        assertThat(refreshedAfter).containsExactly(1_000L);
    }

    @Test
    void events_handled_in_a_commands_transaction_do_not_count() throws Exception {
        List<EventMessage<?>> published = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            published.add(GenericEventMessage.asEventMessage("event"));
        }

        handle(new BatchingUnitOfWork<>(published), analysis);

        assertThat(refreshedAfter).isEmpty();
    }
}
