package cn.haztrail.oversight.indicators;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the rollups: for a view, region and period, per waste category, the sums over the days before the period
 * (what the stock carried in needs) and over the period's days, each from at most five runs of day, month and year
 * rows; and the tonnes each producer of a region generated in a year.
 */
@Repository
class RollupReader {

    private static final String SUMS = Arrays.stream(RollupMeasure.values())
            .map(measure -> "sum(" + measure.column() + ")").collect(Collectors.joining(", "));
    private static final String COLUMNS = Arrays.stream(RollupMeasure.values())
            .map(RollupMeasure::column).collect(Collectors.joining(", "));
    private static final int BEFORE = 0;
    private static final int DURING = 1;

    private final JdbcTemplate jdbc;

    RollupReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per category: the sums before the period and during it. */
    Map<String, RollupAmounts[]> sums(IndicatorView view, String regionPrefix, Period period) {
        List<String> branches = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        addPieces(BEFORE, RollupRanges.of(RollupRanges.EPOCH, period.from()), view, regionPrefix, branches, arguments);
        addPieces(DURING, RollupRanges.of(period.from(), period.to().plusDays(1)), view, regionPrefix, branches,
                arguments);
        Map<String, RollupAmounts[]> byCategory = new TreeMap<>();
        if (branches.isEmpty()) {
            return byCategory;
        }
        String sql = "select waste_category, part, " + SUMS + " from (" + String.join(" union all ", branches)
                + ") pieces group by waste_category, part";
        jdbc.query(sql, row -> {
            RollupAmounts amounts = new RollupAmounts();
            int index = 3;
            for (RollupMeasure measure : RollupMeasure.values()) {
                amounts.add(measure, row.getBigDecimal(index++));
            }
            RollupAmounts[] parts = byCategory.computeIfAbsent(row.getString(1),
                    category -> new RollupAmounts[] {new RollupAmounts(), new RollupAmounts()});
            parts[row.getInt(2)] = amounts;
        }, arguments.toArray());
        return byCategory;
    }

    private static void addPieces(int part, List<RollupRanges.Piece> pieces, IndicatorView view, String regionPrefix,
                                  List<String> branches, List<Object> arguments) {
        for (RollupRanges.Piece piece : pieces) {
            branches.add("select waste_category, " + part + " as part, " + COLUMNS + " from indicator_rollup "
                    + "where indicator_view = ? and region_prefix = ? and grain = ? and period_start >= ? "
                    + "and period_start < ?");
            arguments.addAll(List.of(view.name(), regionPrefix, piece.grain().code(), piece.from(), piece.until()));
        }
    }

    /** Declared tonnes and batches without mass per producer of the region in the year. */
    Map<UUID, ProducerTonnes> generatedPerProducer(String regionPrefix, int year) {
        Map<UUID, ProducerTonnes> producers = new TreeMap<>();
        jdbc.query("""
                select producer_id, generated_tonnes, batches_without_mass from producer_year_rollup
                where region_prefix = ? and generated_year = ?""", row -> {
            UUID producer = row.getObject(1, UUID.class);
            BigDecimal tonnes = row.getBigDecimal(2);
            producers.put(producer, new ProducerTonnes(producer, tonnes, row.getLong(3)));
        }, regionPrefix, year);
        return producers;
    }
}
