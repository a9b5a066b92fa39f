package cn.haztrail.contract;

import cn.haztrail.support.IntegrationTest;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Freezes the stored JSON of every event type, serialized by Axon's own event serializer: a change to the stored
 * contract shows up as a failing test and a diff to review. Run with {@code -Dapprove=true} to accept changes.
 */
@IntegrationTest
class EventJsonApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/approved/events");
    private static final Path RECEIVED = Path.of("target/approval/events");

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void every_event_type_has_a_sample() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        // An aggregate's revision names the shape of its snapshots, not an event.
        scanner.addExcludeFilter(new AnnotationTypeFilter(Aggregate.class));
        Set<String> eventTypes = scanner.findCandidateComponents("cn.haztrail").stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sampled = EventSamples.all().stream().map(sample -> sample.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(sampled).isEqualTo(eventTypes);
    }

    @Test
    void the_stored_json_of_every_event_is_unchanged() throws IOException {
        // Decimals are read back as BigDecimal with their scale, so 500.000 stays 500.000 in the approved files.
        JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
        List<String> changed = new ArrayList<>();
        for (Object sample : EventSamples.all()) {
            String stored = eventSerializer.serialize(sample, String.class).getData();
            String received = pretty.writeValueAsString(pretty.readTree(stored)) + "\n";
            String name = sample.getClass().getSimpleName() + ".json";
            Path approved = APPROVED.resolve(name);
            if (Boolean.getBoolean("approve")) {
                Files.createDirectories(APPROVED);
                Files.writeString(approved, received, StandardCharsets.UTF_8);
            } else if (!Files.exists(approved) || !Files.readString(approved, StandardCharsets.UTF_8).equals(received)) {
                Files.createDirectories(RECEIVED);
                Files.writeString(RECEIVED.resolve(name), received, StandardCharsets.UTF_8);
                changed.add(name);
            }
        }
        assertThat(changed).as("event JSON differs from the approved files; compare " + RECEIVED + " with "
                + APPROVED + " and rerun with -Dapprove=true if the change is intended").isEmpty();
    }
}
