package cn.haztrail.backflow.command;

import cn.haztrail.shared.persistence.PlannerStatistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found on PostgreSQL (issue 17): an import into a fresh database left the lookups by key planned on empty tables,
 * so they scanned the growing tables whole. The import has the statistics refreshed as its events double.
 */
class GrowthAnalysisTest {

    private final List<Long> refreshedAt = new ArrayList<>();
    private long stored;

    private final GrowthAnalysis analysis = new GrowthAnalysis(new PlannerStatistics(null, null) {
        @Override
        public void refresh() {
            refreshedAt.add(stored);
        }
    });

    private void store(long events) {
        stored += events;
        analysis.stored(events);
    }

    @Test
    void an_import_refreshes_the_statistics_each_time_the_events_it_stored_double() {
        for (int chunk = 0; chunk < 20; chunk++) {
            store(450);
        }

        assertThat(refreshedAt).containsExactly(1_350L, 2_700L, 5_400L);
    }

    @Test
    void a_chunk_past_several_doublings_refreshes_once_and_counts_on_from_what_is_stored() {
        store(5_000);
        store(5_000);
        store(100);

        assertThat(refreshedAt).containsExactly(5_000L, 10_000L);
    }

    @Test
    void an_import_of_fewer_events_than_the_first_threshold_changes_no_statistics() {
        store(999);

        assertThat(refreshedAt).isEmpty();
    }
}
