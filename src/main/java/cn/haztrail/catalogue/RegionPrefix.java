package cn.haztrail.catalogue;

/**
 * The code prefix shared by everything inside a region, for SQL {@code LIKE} filters: a province code (360000)
 * gives "36", a prefecture (360200) "3602", a county its whole code.
 */
public final class RegionPrefix {

    private RegionPrefix() {
    }

    public static String of(String regionCode) {
        if (regionCode.endsWith("0000")) {
            return regionCode.substring(0, 2);
        }
        return regionCode.endsWith("00") ? regionCode.substring(0, 4) : regionCode;
    }
}
