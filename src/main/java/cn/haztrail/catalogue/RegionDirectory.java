package cn.haztrail.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Administrative divisions at county level and above, as loaded from {@code reference/regions.csv} (民政部, state on
 * 2024-12-31). Every answer comes from the table: a code it does not list (a township code, an abolished county)
 * is unknown, has no province or city, and lies in no jurisdiction.
 */
public class RegionDirectory {

    private final Map<String, Region> regions = new LinkedHashMap<>();

    /** @throws IllegalStateException if a code is listed twice or a parent is missing */
    public RegionDirectory(Collection<Region> all) {
        for (Region region : all) {
            if (regions.putIfAbsent(region.code(), region) != null) {
                throw new IllegalStateException("region " + region.code() + " is listed twice");
            }
        }
        for (Region region : all) {
            if (region.parent() != null && !regions.containsKey(region.parent())) {
                throw new IllegalStateException("region " + region.code() + " has unknown parent " + region.parent());
            }
        }
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public boolean exists(String code) {
        return regions.containsKey(code);
    }

    public List<Region> all() {
        return List.copyOf(regions.values());
    }

    /** The province-level unit of a known code ({@code 360203} gives 360000 江西省; a province gives itself). */
    public Optional<Region> provinceOf(String code) {
        return find(code).map(r -> regions.get(r.code().substring(0, 2) + "0000"));
    }

    /**
     * The nearest unit at prefecture level or above that holds a known code: a county gives its prefecture
     * ({@code 360203} gives 360200 景德镇市); a county-level unit directly under a province gives the province, since
     * no prefecture exists there ({@code 110101} gives 110000 北京市, {@code 419001} gives 410000 河南省); a
     * prefecture or a province gives itself.
     */
    public Optional<Region> cityOf(String code) {
        return find(code).map(r -> r.level() == RegionLevel.COUNTY ? regions.get(r.parent()) : r);
    }

    /**
     * Whether {@code regionCode} lies in the jurisdiction {@code jurisdictionCode}: a province contains its cities and
     * counties, a prefecture its counties, a county only itself. Both codes must be known.
     */
    public boolean contains(String jurisdictionCode, String regionCode) {
        if (!exists(jurisdictionCode)) {
            return false;
        }
        for (Region r = regions.get(regionCode); r != null; r = r.parent() == null ? null : regions.get(r.parent())) {
            if (r.code().equals(jurisdictionCode)) {
                return true;
            }
        }
        return false;
    }
}
