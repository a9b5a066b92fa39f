package cn.haztrail.report.query;

import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceStatus;
import cn.haztrail.registry.query.LicenceLineView;
import cn.haztrail.registry.query.LicenceView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The licensed annual capacity of a region's facilities per waste category (R35). Licences count when they were valid
 * on some day of the year, are not revoked, and allow final treatment (a collection-only licence, R05, stores and
 * passes waste on: it adds no capacity). A line's scope names one category (HW08) or one code of it (900-249-08): its
 * stated capacity counts once, under that category. A licence's capacity not stated on any line (its total less the
 * lines' stated capacities) may go to any category of its lines without a capacity of their own: it is shown under
 * each such category as shared capacity, an upper bound, rather than split by a guessed share.
 */
final class RegionCapacity {

    private final Map<String, BigDecimal> lines = new TreeMap<>();
    private final Map<String, BigDecimal> shared = new TreeMap<>();

    private RegionCapacity() {
    }

    static RegionCapacity of(Map<UUID, List<LicenceView>> licencesByEnterprise, int year) {
        RegionCapacity capacity = new RegionCapacity();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        licencesByEnterprise.values().stream().flatMap(List::stream)
                .filter(l -> l.mode() != LicenceMode.COLLECTION && l.status() != LicenceStatus.REVOKED)
                .filter(l -> !l.validFrom().isAfter(last) && !l.validTo().isBefore(first))
                .forEach(capacity::add);
        return capacity;
    }

    private void add(LicenceView licence) {
        BigDecimal stated = BigDecimal.ZERO;
        Set<String> unstated = new TreeSet<>();
        for (LicenceLineView line : licence.lines()) {
            String category = categoryOf(line.scope());
            if (line.annualCapacityTonnes() != null) {
                lines.merge(category, line.annualCapacityTonnes(), BigDecimal::add);
                stated = stated.add(line.annualCapacityTonnes());
            } else {
                unstated.add(category);
            }
        }
        BigDecimal rest = licence.annualCapacityTonnes() == null ? BigDecimal.ZERO
                : licence.annualCapacityTonnes().subtract(stated).max(BigDecimal.ZERO);
        unstated.forEach(category -> shared.merge(category, rest, BigDecimal::add));
    }

    Set<String> categories() {
        Set<String> all = new TreeSet<>(lines.keySet());
        all.addAll(shared.keySet());
        return all;
    }

    BigDecimal lineCapacity(String category) {
        return lines.getOrDefault(category, BigDecimal.ZERO);
    }

    BigDecimal sharedCapacity(String category) {
        return shared.getOrDefault(category, BigDecimal.ZERO);
    }

    /** HW08 stays HW08; an exact code 900-249-08 belongs to HW08 (its last two digits). */
    private static String categoryOf(String scope) {
        return scope.startsWith("HW") ? scope : "HW" + scope.substring(scope.length() - 2);
    }
}
