package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.RegionPrefix;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;

/**
 * Computes a region's plan indicators from the rollups that the facts projection keeps: per waste category, the sums
 * before the period and during it ({@link RollupReader}); {@link IndicatorSums} does the arithmetic, once per
 * category and once for all waste. A category appears when some of its batches count in the period.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorQueries {

    private final RollupReader rollups;
    private final RegionDirectory regions;

    IndicatorQueries(RollupReader rollups, RegionDirectory regions) {
        this.rollups = rollups;
        this.regions = regions;
    }

    /** The origin view of a region from the first day to the last, both included: the API's default view. */
    public IndicatorReport originIndicators(String region, LocalDate from, LocalDate to) {
        return indicators(region, new Period(from, to), IndicatorView.ORIGIN);
    }

    IndicatorReport indicators(String region, Period period, IndicatorView view) {
        Map<String, RollupAmounts[]> sums = rollups.sums(view, RegionPrefix.of(region), period);
        RollupAmounts before = new RollupAmounts();
        RollupAmounts during = new RollupAmounts();
        List<CategoryIndicators> byCategory = new ArrayList<>();
        sums.forEach((category, parts) -> {
            if (batchesCounted(parts[0], parts[1]) > 0) {
                before.add(parts[0], 1);
                during.add(parts[1], 1);
                byCategory.add(new CategoryIndicators(category, IndicatorSums.of(parts[0], parts[1]).figures(view)));
            }
        });
        return new IndicatorReport(region, regions.find(region).map(Region::name).orElse(null), view.parameter(),
                period.from(), period.to(), IndicatorSums.of(before, during).figures(view), List.copyOf(byCategory));
    }

    /** Entered by the period's end and not treated before it began. */
    private static long batchesCounted(RollupAmounts before, RollupAmounts during) {
        return before.count(RollupMeasure.ENTERED_BATCHES) + during.count(RollupMeasure.ENTERED_BATCHES)
                - before.count(RollupMeasure.LEFT_BATCHES);
    }
}
