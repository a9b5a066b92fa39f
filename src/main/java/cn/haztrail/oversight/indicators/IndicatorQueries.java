package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;
import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.RegionPrefix;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a region's plan indicators from the batch facts: the database selects the batches that can touch the
 * period, {@link Tally} does the arithmetic, once for all waste and once per category.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorQueries {

    private final BatchFactRepository facts;
    private final RegionDirectory regions;

    IndicatorQueries(BatchFactRepository facts, RegionDirectory regions) {
        this.facts = facts;
        this.regions = regions;
    }

    /** The origin view of a region from the first day to the last, both included: the API's default view. */
    public IndicatorReport originIndicators(String region, LocalDate from, LocalDate to) {
        return indicators(region, new Period(from, to), IndicatorView.ORIGIN);
    }

    IndicatorReport indicators(String region, Period period, IndicatorView view) {
        String prefix = RegionPrefix.of(region);
        List<FactRow> rows = view == IndicatorView.ORIGIN
                ? facts.originRows(prefix, period.from(), period.to(), MethodKind.STORAGE_COLLECTION)
                : facts.facilityRows(prefix, period.from(), period.to(), MethodKind.STORAGE_COLLECTION);
        Tally total = new Tally(period, view);
        Map<String, Tally> perCategory = new TreeMap<>();
        for (FactRow row : rows) {
            total.add(row);
            perCategory.computeIfAbsent(row.category(), category -> new Tally(period, view)).add(row);
        }
        List<CategoryIndicators> byCategory = perCategory.entrySet().stream()
                .map(entry -> new CategoryIndicators(entry.getKey(), entry.getValue().figures())).toList();
        return new IndicatorReport(region, regions.find(region).map(Region::name).orElse(null), view.parameter(),
                period.from(), period.to(), total.figures(), byCategory);
    }
}
