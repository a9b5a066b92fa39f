package cn.haztrail.oversight;

import cn.haztrail.support.ProcessingBatches;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The oversight segments take turns only for the work on the rows they share: a processing batch takes the custody
 * lock as it commits, not at its first event, so another segment's batch is handled meanwhile.
 */
class SharedCustodyRowsTest {

    private final List<String> happened = new ArrayList<>();
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final SharedCustodyRows shared = new SharedCustodyRows(jdbc);

    SharedCustodyRowsTest() {
        when(jdbc.queryForList(anyString(), any(Class.class))).thenAnswer(call -> {
            happened.add("locked");
            return List.of(1);
        });
    }

    @Test
    void a_processing_batch_takes_the_lock_as_it_commits_and_then_does_its_shared_work_in_the_events_order() {
        ProcessingBatches.of("a", "b", "c").executeWithResult(() -> {
            String event = ProcessingBatches.<String>payload();
            happened.add("handled " + event);
            if (!event.equals("b")) {
                shared.change(() -> happened.add("shared work of " + event));
            }
            return null;
        });

        assertThat(happened).containsExactly("handled a", "handled b", "handled c", "locked", "shared work of a",
                "shared work of c");
    }

    @Test
    void a_batch_without_shared_work_never_takes_the_lock() {
        ProcessingBatches.of("a").executeWithResult(() -> happened.add("handled " + ProcessingBatches.<String>payload()));

        assertThat(happened).containsExactly("handled a");
    }

    @Test
    void called_directly_outside_a_processor_the_work_runs_at_once_without_the_lock() {
        shared.change(() -> happened.add("work"));

        assertThat(happened).containsExactly("work");
    }
}
