package cn.haztrail.report.query;

import cn.haztrail.catalogue.CatalogueCategory;
import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Capacity against generation (R35), per child region of the asked region and waste category. Generation is read
 * from the regulator's yearly rollups (origin view: batches by their producer's region and generation day), capacity
 * from the registry's licences ({@link RegionCapacity}).
 */
@Service
@Transactional(readOnly = true)
public class CapacityQueries {

    private final JdbcTemplate jdbc;
    private final RegionDirectory regions;
    private final EnterpriseQueries enterprises;
    private final Map<String, String> categoryNames;

    CapacityQueries(JdbcTemplate jdbc, RegionDirectory regions, EnterpriseQueries enterprises,
                    WasteCatalogue catalogue) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.enterprises = enterprises;
        this.categoryNames = catalogue.categories(catalogue.currentEdition()).stream()
                .collect(Collectors.toMap(c -> c.category().code(), CatalogueCategory::name, (a, b) -> a));
    }

    public CapacityReport capacity(String region, int year) {
        List<Region> parts = regions.all().stream().filter(r -> region.equals(r.parent()))
                .sorted(Comparator.comparing(Region::code)).toList();
        if (parts.isEmpty()) {
            parts = regions.find(region).stream().toList();
        }
        List<CapacityRow> rows = new ArrayList<>();
        for (Region part : parts) {
            Map<String, Generated> generated = generated(part.code(), year);
            RegionCapacity capacity = RegionCapacity.of(enterprises.licencesInRegion(part.code()), year);
            Set<String> categories = new TreeSet<>(generated.keySet());
            categories.addAll(capacity.categories());
            for (String category : categories) {
                Generated made = generated.getOrDefault(category, new Generated(BigDecimal.ZERO, 0));
                BigDecimal lines = capacity.lineCapacity(category);
                BigDecimal shared = capacity.sharedCapacity(category);
                rows.add(new CapacityRow(part.code(), part.name(), category, categoryNames.get(category),
                        SpecialCategories.of(category).orElse(null), Tonnes.rounded(made.tonnes()),
                        made.withoutMass(), Tonnes.rounded(lines), Tonnes.rounded(shared),
                        made.tonnes().compareTo(lines.add(shared)) > 0));
            }
        }
        String name = regions.find(region).map(Region::name).orElse(null);
        return new CapacityReport(region, name, year, rows, SpecialCategories.ALL);
    }

    private record Generated(BigDecimal tonnes, long withoutMass) {
    }

    /** Tonnes generated in the year by producers under the region, per category, from the yearly rollups. */
    private Map<String, Generated> generated(String region, int year) {
        Map<String, Generated> byCategory = new TreeMap<>();
        jdbc.query("""
                select waste_category, entered_tonnes, entered_without_mass from indicator_rollup
                where indicator_view = 'ORIGIN' and grain = 'Y' and period_start = ? and region_prefix = ?""",
                rs -> {
                    byCategory.put(rs.getString(1), new Generated(rs.getBigDecimal(2), rs.getLong(3)));
                }, Date.valueOf(LocalDate.of(year, 1, 1)), RegionPrefix.of(region));
        return byCategory;
    }
}
