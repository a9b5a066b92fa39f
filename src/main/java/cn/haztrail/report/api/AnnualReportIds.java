package cn.haztrail.report.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One report stream per licence holder and year: its id is derived from both, so nobody has to look it up. */
public final class AnnualReportIds {

    private AnnualReportIds() {
    }

    public static UUID of(UUID holderId, int year) {
        return UUID.nameUUIDFromBytes(("annual-report:" + holderId + ":" + year).getBytes(StandardCharsets.UTF_8));
    }
}
