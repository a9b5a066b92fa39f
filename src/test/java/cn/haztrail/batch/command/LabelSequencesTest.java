package cn.haztrail.batch.command;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R07's sequence segment against the real table: per producer, code and day, inside the caller's transaction. */
@IntegrationTest
class LabelSequencesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Autowired
    LabelSequences sequences;
    @Autowired
    TransactionTemplate transactions;

    private int next(UUID producer, String code, LocalDate day) {
        return transactions.execute(status -> sequences.next(producer, code, day));
    }

    @Test
    void R07_two_batches_of_one_producer_code_and_day_get_001_then_002() {
        UUID producer = UUID.randomUUID();

        assertThat(next(producer, "900-249-08", DAY)).isEqualTo(1);
        assertThat(next(producer, "900-249-08", DAY)).isEqualTo(2);
    }

    @Test
    void R07_another_day_another_code_or_another_producer_starts_again() {
        UUID producer = UUID.randomUUID();
        next(producer, "900-249-08", DAY);

        assertThat(next(producer, "900-249-08", DAY.plusDays(1))).isEqualTo(1);
        assertThat(next(producer, "900-041-49", DAY)).isEqualTo(1);
        assertThat(next(UUID.randomUUID(), "900-249-08", DAY)).isEqualTo(1);
    }

    @Test
    void R07_a_rolled_back_registration_gives_its_number_back() {
        UUID producer = UUID.randomUUID();
        next(producer, "900-249-08", DAY);

        transactions.executeWithoutResult(status -> {
            sequences.next(producer, "900-249-08", DAY);
            status.setRollbackOnly();
        });

        assertThat(next(producer, "900-249-08", DAY)).isEqualTo(2);
    }

    @Test
    void R07_a_number_is_drawn_only_inside_a_transaction() {
        assertThatThrownBy(() -> sequences.next(UUID.randomUUID(), "900-249-08", DAY))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
