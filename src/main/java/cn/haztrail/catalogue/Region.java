package cn.haztrail.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An administrative division at county level or above (GB/T 2260 code, six digits).
 *
 * @param parent the code of the unit directly above; null for a province. A county's parent is its prefecture, or
 *               the province for county-level units directly under it (municipality districts such as 110101,
 *               济源 419001, 仙桃 429004, the 4690xx and 6590xx units)
 */
public record Region(String code, String name, RegionLevel level, String parent) {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    public Region {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a region code has six digits, not '" + code + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if ((level == RegionLevel.PROVINCE) != (parent == null)) {
            throw new IllegalArgumentException("region " + code + ": a province and only a province has no parent");
        }
    }
}
