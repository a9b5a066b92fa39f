package cn.haztrail.ledger.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Period summaries of one enterprise's ledger, summed from its lines (never typed twice). Storage moves in with
 * generation, receipt and repacking's new batches and out with shipment, utilization or disposal and the shares a
 * repacking took (so only its loss leaves), so the stock at the end of a period is
 * the sum of those movements up to its last day.
 */
@Repository
public class LedgerSummaries {

    private final JdbcTemplate jdbc;

    LedgerSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The periods of the grain from the one holding {@code from} to the one holding {@code to}. */
    public List<PeriodSummary> summarize(UUID enterpriseId, SummaryGrain grain, LocalDate from, LocalDate to) {
        LocalDate start = grain.start(from);
        LocalDate end = grain.next(grain.start(to));
        BigDecimal stock = opening(enterpriseId, start);
        List<DayRow> days = jdbc.query("""
                select occurred_on, movement, method_code, sum(tonnes) as tonnes,
                    sum(case when tonnes is null then 1 else 0 end) as without_mass
                from ledger_line where enterprise_id = ? and occurred_on >= ? and occurred_on < ?
                group by occurred_on, movement, method_code order by occurred_on""",
                (rs, n) -> new DayRow(rs.getDate("occurred_on").toLocalDate(),
                        Movement.valueOf(rs.getString("movement")), rs.getString("method_code"),
                        orZero(rs.getBigDecimal("tonnes")), rs.getLong("without_mass")),
                enterpriseId, Date.valueOf(start), Date.valueOf(end));
        List<PeriodSummary> periods = new ArrayList<>();
        for (LocalDate period = start; period.isBefore(end); period = grain.next(period)) {
            Tally tally = new Tally();
            LocalDate next = grain.next(period);
            LocalDate first = period;
            days.stream().filter(day -> !day.day().isBefore(first) && day.day().isBefore(next)).forEach(tally::add);
            stock = stock.add(tally.stockChange());
            periods.add(tally.summary(grain.label(period), period, next.minusDays(1), stock));
        }
        return periods;
    }

    private BigDecimal opening(UUID enterpriseId, LocalDate before) {
        BigDecimal stock = jdbc.queryForObject("""
                select sum(case when movement in ('GENERATED', 'RECEIVED', 'REPACKED_IN') then tonnes
                                when movement in ('SHIPPED', 'DISPOSED', 'REPACKED_OUT') then -tonnes else 0 end)
                from ledger_line where enterprise_id = ? and occurred_on < ?""",
                BigDecimal.class, enterpriseId, Date.valueOf(before));
        return orZero(stock);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static BigDecimal tonnes(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP);
    }

    private record DayRow(LocalDate day, Movement movement, String methodCode, BigDecimal tonnes, long withoutMass) {
    }

    private static final class Tally {
        private final Map<Movement, BigDecimal> sums = new TreeMap<>();
        private final Map<String, BigDecimal> byMethod = new TreeMap<>();
        private long withoutMass;

        void add(DayRow row) {
            sums.merge(row.movement(), row.tonnes(), BigDecimal::add);
            if (row.movement() == Movement.DISPOSED && row.methodCode() != null) {
                byMethod.merge(row.methodCode(), row.tonnes(), BigDecimal::add);
            }
            withoutMass += row.withoutMass();
        }

        BigDecimal of(Movement movement) {
            return sums.getOrDefault(movement, BigDecimal.ZERO);
        }

        BigDecimal stockChange() {
            // a repacking moves the shares out and the new batches in: only its loss leaves, never counted twice
            return of(Movement.GENERATED).add(of(Movement.RECEIVED)).add(of(Movement.REPACKED_IN))
                    .subtract(of(Movement.SHIPPED)).subtract(of(Movement.DISPOSED)).subtract(of(Movement.REPACKED_OUT));
        }

        PeriodSummary summary(String label, LocalDate from, LocalDate to, BigDecimal stock) {
            Map<String, BigDecimal> methods = new TreeMap<>();
            byMethod.forEach((code, sum) -> methods.put(code, tonnes(sum)));
            return new PeriodSummary(label, from, to, tonnes(of(Movement.GENERATED)), tonnes(of(Movement.SHIPPED)),
                    tonnes(of(Movement.TRANSPORTED)), tonnes(of(Movement.RECEIVED)), tonnes(of(Movement.DISPOSED)),
                    methods, tonnes(stock), withoutMass);
        }
    }
}
