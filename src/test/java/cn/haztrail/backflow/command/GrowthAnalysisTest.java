package cn.haztrail.backflow.command;

import cn.haztrail.shared.persistence.PlannerStatistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found on PostgreSQL (issue 17): an import into a fresh database left the lookups by key planned on empty tables,
 * so they scanned the growing tables whole. The import has the statistics refreshed each time the store doubles.
 */
class GrowthAnalysisTest {

    private final List<Long> refreshedAt = new ArrayList<>();
    private long size;

    private GrowthAnalysis startWith(long storeSize) {
        size = storeSize;
        return new GrowthAnalysis(new PlannerStatistics(null, null) {
            @Override
            public void refresh() {
                refreshedAt.add(size);
            }
        }, storeSize);
    }

    private void store(GrowthAnalysis analysis, long events, int chunks) {
        for (int chunk = 0; chunk < chunks; chunk++) {
            size += events;
            analysis.stored(events);
        }
    }

    @Test
    void an_import_into_a_fresh_store_refreshes_the_statistics_at_1000_events_and_each_time_the_store_doubles() {
        GrowthAnalysis analysis = startWith(300);

        store(analysis, 450, 20);

        assertThat(refreshedAt).containsExactly(1_200L, 2_550L, 5_250L);
    }

    @Test
    void an_import_into_a_large_store_refreshes_them_only_once_it_has_doubled_the_store() {
        GrowthAnalysis analysis = startWith(70_000);

        store(analysis, 3_500, 19);
        assertThat(refreshedAt).isEmpty();

        store(analysis, 3_500, 1);
        assertThat(refreshedAt).containsExactly(140_000L);
    }

    @Test
    void a_chunk_past_several_doublings_refreshes_once_and_counts_on_from_the_store_it_left() {
        GrowthAnalysis analysis = startWith(0);

        store(analysis, 5_000, 2);
        store(analysis, 100, 1);

        assertThat(refreshedAt).containsExactly(5_000L, 10_000L);
    }
}
