package cn.haztrail.oversight.alerts;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A custody step closes a batch's alerts at its time: the same instant whether the step is read back in the
 * processing batch that recorded it or after its commit, so a replay closes an alert at the instant live processing
 * did.
 */
@IntegrationTest
@Transactional
class CustodyStepsTest {

    @Autowired
    CustodySteps steps;

    @Test
    void a_step_read_back_from_the_database_keeps_the_instant_it_was_recorded_with() {
        UUID batch = UUID.randomUUID();
        // half a microsecond: a database rounds it up, the step kept in memory was cut to the microsecond
        Instant at = Instant.parse("2026-12-03T16:24:35.589017500Z");

        steps.record(batch, 42, CustodySteps.Step.RECEIPT, UUID.randomUUID(), at);

        assertThat(steps.of(batch)).singleElement()
                .satisfies(row -> assertThat(row.at()).isEqualTo(Instant.parse("2026-12-03T16:24:35.589017Z")));
    }
}
