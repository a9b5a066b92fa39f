package cn.haztrail.catalogue;

import java.util.Locale;

/** Level of an administrative division (行政区划): 省级, 地级, 县级. */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY;

    /** Parses the {@code level} column of {@code regions.csv}, e.g. {@code prefecture}. */
    static RegionLevel fromCsv(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
