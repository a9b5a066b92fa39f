package cn.haztrail.batch.command;

import cn.haztrail.shared.persistence.CounterIncrement;
import cn.haztrail.shared.persistence.TransactionMemory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands out the 3-digit sequence of the label id (R07), counted per producer, waste code and generation day. It joins
 * the registering command's transaction, so a registration refused after the number was drawn gives it back. Two
 * concurrent first registrations of a day both try the insert; {@code on conflict do nothing} lets the loser fall back
 * to the update instead of failing (a failed insert would abort a PostgreSQL transaction, so no exception is caught).
 */
@Component
public class LabelSequences {

    private static final int ATTEMPTS = 3;
    /** The numbers this transaction drew, per counter: the counter stands at each of them already. */
    private static final Object DRAWN = new Object();

    private final JdbcTemplate jdbc;
    private final CounterIncrement counters;

    public LabelSequences(JdbcTemplate jdbc, CounterIncrement counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /** The next number for the producer, code and day, starting at 1; unbounded (the aggregate refuses past 999). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(UUID producerId, String wasteCode, LocalDate day) {
        int drawn = draw(producerId, wasteCode, day);
        Map<Counter, Integer> drawnHere = drawnHere();
        if (drawnHere != null) {
            drawnHere.put(new Counter(producerId, wasteCode, day), drawn);
        }
        return drawn;
    }

    private int draw(UUID producerId, String wasteCode, LocalDate day) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Integer> next = counters.increment("label_sequence", "last_value",
                    "producer_id = ? and waste_code = ? and label_day = ?", producerId, wasteCode, day);
            if (next.isPresent()) {
                return next.get();
            }
            int inserted = jdbc.update("""
                    insert into label_sequence (producer_id, waste_code, label_day, last_value) values (?, ?, ?, 1)
                    on conflict do nothing""", producerId, wasteCode, day);
            if (inserted == 1) {
                return 1;
            }
        }
        throw new IllegalStateException("could not draw a label sequence for " + producerId + "/" + wasteCode + "/" + day);
    }

    /**
     * Moves the counter to at least {@code sequence}: a label imported as issued elsewhere may be ahead of it, and
     * native registration must never hand that sequence out again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void atLeast(UUID producerId, String wasteCode, LocalDate day, int sequence) {
        Map<Counter, Integer> drawnHere = drawnHere();
        Integer drawn = drawnHere == null ? null : drawnHere.get(new Counter(producerId, wasteCode, day));
        if (drawn != null && drawn >= sequence) {
            return; // a native registration: its own transaction drew the number, so the counter is there
        }
        jdbc.update("""
                insert into label_sequence (producer_id, waste_code, label_day, last_value) values (?, ?, ?, 0)
                on conflict do nothing""", producerId, wasteCode, day);
        jdbc.update("""
                update label_sequence set last_value = ?
                where producer_id = ? and waste_code = ? and label_day = ? and last_value < ?""",
                sequence, producerId, wasteCode, day, sequence);
    }

    /** Moves each counter to at least its sequence, in two JDBC batches: an imported chunk's labels (issue 17). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void atLeast(Map<Counter, Integer> sequences) {
        if (sequences.isEmpty()) {
            return;
        }
        List<Object[]> counters = new ArrayList<>();
        List<Object[]> floors = new ArrayList<>();
        sequences.forEach((counter, sequence) -> {
            counters.add(new Object[] {counter.producerId(), counter.wasteCode(), counter.day()});
            floors.add(new Object[] {sequence, counter.producerId(), counter.wasteCode(), counter.day(), sequence});
        });
        jdbc.batchUpdate("insert into label_sequence (producer_id, waste_code, label_day, last_value) "
                + "values (?, ?, ?, 0) on conflict do nothing", counters);
        jdbc.batchUpdate("update label_sequence set last_value = ? "
                + "where producer_id = ? and waste_code = ? and label_day = ? and last_value < ?", floors);
    }

    /** Null outside a transaction. */
    private static Map<Counter, Integer> drawnHere() {
        return TransactionMemory.of(DRAWN, HashMap::new);
    }

    /** One label counter: a producer's waste code on a generation day. */
    public record Counter(UUID producerId, String wasteCode, LocalDate day) {
    }
}
