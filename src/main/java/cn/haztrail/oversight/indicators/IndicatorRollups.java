package cn.haztrail.oversight.indicators;

import cn.haztrail.shared.axon.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps {@code indicator_rollup} and {@code producer_year_rollup} equal to the sums over the batch facts. The facts
 * projection hands over the change an event made; the changes of a processing batch are added up and written just
 * before its transaction commits, with the facts and the processor's token, so each event counts exactly once. The
 * segments write one at a time (they lock {@code indicator_rollup_lock} until they commit: H2 does not make an insert
 * wait for another transaction's uncommitted insert of the same key, so concurrent writers could lose an increment);
 * rows are first created (empty) and then incremented, in key order, and an increment that finds no row fails the
 * batch, which is then retried, rather than being lost. The changes come from work that holds the lock already
 * ({@link cn.haztrail.oversight.SharedCustodyRows}).
 */
@Component
class IndicatorRollups {

    private static final List<RollupMeasure> MEASURES = Arrays.asList(RollupMeasure.values());
    private static final String CREATE = """
            insert into indicator_rollup (indicator_view, region_prefix, waste_category, grain, period_start)
            values (?, ?, ?, ?, ?) on conflict do nothing""";
    private static final String INCREMENT = "update indicator_rollup set "
            + MEASURES.stream().map(m -> m.column() + " = " + m.column() + " + ?").collect(Collectors.joining(", "))
            + " where indicator_view = ? and region_prefix = ? and waste_category = ? and grain = ? and period_start = ?";
    private static final String CREATE_PRODUCER = """
            insert into producer_year_rollup (region_prefix, generated_year, producer_id) values (?, ?, ?)
            on conflict do nothing""";
    private static final String INCREMENT_PRODUCER = """
            update producer_year_rollup set generated_tonnes = generated_tonnes + ?,
                   batches_without_mass = batches_without_mass + ?
            where region_prefix = ? and generated_year = ? and producer_id = ?""";

    private final JdbcTemplate jdbc;

    IndicatorRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds what a batch's facts contribute after an event less what they contributed before it. */
    void record(BatchContribution before, BatchContribution after) {
        BatchContribution change = BatchContribution.change(before, after);
        if (!change.isEmpty()) {
            ProcessingBatch.writeBeforeCommit("indicator-rollups", change, this::write);
        }
    }

    /** A replay starts from empty rollups. */
    void clear() {
        jdbc.update("delete from indicator_rollup");
        jdbc.update("delete from producer_year_rollup");
    }

    private void write(List<BatchContribution> changes) {
        Map<RollupKey, RollupAmounts> rows = new TreeMap<>();
        Map<ProducerYearKey, RollupAmounts> producers = new TreeMap<>();
        for (BatchContribution change : changes) {
            change.indicators().forEach((key, amounts) ->
                    rows.computeIfAbsent(key, k -> new RollupAmounts()).add(amounts, 1));
            change.producers().forEach((key, amounts) ->
                    producers.computeIfAbsent(key, k -> new RollupAmounts()).add(amounts, 1));
        }
        rows.values().removeIf(RollupAmounts::isZero);
        producers.values().removeIf(RollupAmounts::isZero);
        List<Map.Entry<RollupKey, RollupAmounts>> indicatorRows = new ArrayList<>(rows.entrySet());
        List<Map.Entry<ProducerYearKey, RollupAmounts>> producerRows = new ArrayList<>(producers.entrySet());
        if (!indicatorRows.isEmpty()) {
            jdbc.batchUpdate(CREATE, indicatorRows, indicatorRows.size(), (statement, row) -> bindKey(statement, 1, row.getKey()));
            requireEveryRow(jdbc.batchUpdate(INCREMENT, indicatorRows, indicatorRows.size(), (statement, row) -> {
                int index = 1;
                for (RollupMeasure measure : MEASURES) {
                    bind(statement, index++, measure, row.getValue().get(measure));
                }
                bindKey(statement, index, row.getKey());
            }));
        }
        if (!producerRows.isEmpty()) {
            jdbc.batchUpdate(CREATE_PRODUCER, producerRows, producerRows.size(),
                    (statement, row) -> bindProducer(statement, 1, row.getKey()));
            requireEveryRow(jdbc.batchUpdate(INCREMENT_PRODUCER, producerRows, producerRows.size(), (statement, row) -> {
                statement.setBigDecimal(1, row.getValue().get(RollupMeasure.ENTERED_TONNES));
                statement.setLong(2, row.getValue().count(RollupMeasure.ENTERED_WITHOUT_MASS));
                bindProducer(statement, 3, row.getKey());
            }));
        }
    }

    private static void requireEveryRow(int[][] counts) {
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 0) {
                    throw new IllegalStateException("a rollup row to increment was not there: the batch is retried");
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, RollupMeasure measure, BigDecimal value)
            throws SQLException {
        if (measure.isCount()) {
            statement.setLong(index, value.longValueExact());
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    private static void bindKey(PreparedStatement statement, int index, RollupKey key) throws SQLException {
        statement.setString(index, key.view().name());
        statement.setString(index + 1, key.regionPrefix());
        statement.setString(index + 2, key.category());
        statement.setString(index + 3, key.grain().code());
        statement.setObject(index + 4, key.start());
    }

    private static void bindProducer(PreparedStatement statement, int index, ProducerYearKey key) throws SQLException {
        statement.setString(index, key.regionPrefix());
        statement.setInt(index + 1, key.year());
        statement.setObject(index + 2, key.producerId());
    }
}
