package cn.haztrail.shared.persistence;

import cn.haztrail.shared.persistence.ReadSideGrowthAnalysis.HandledEvents;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every streaming processor of the application counts its events towards the statistics' refreshes. */
@IntegrationTest
class ReadSideGrowthAnalysisWiringTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void every_streaming_processor_counts_the_events_it_handles() {
        List<EventProcessor> streaming = processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor).toList();

        assertThat(streaming).extracting(EventProcessor::getName)
                .contains("oversight", "feed", "ordered-alerts", "custody-processes");
        assertThat(streaming).allSatisfy(processor -> assertThat(processor.getHandlerInterceptors())
                .as(processor.getName()).hasAtLeastOneElementOfType(HandledEvents.class));
    }
}
