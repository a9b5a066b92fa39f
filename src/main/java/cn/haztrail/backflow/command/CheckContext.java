package cn.haztrail.backflow.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What the checks of one job share: the reference data, the enterprises, the job's source system and now. */
record CheckContext(WasteCatalogue wastes, MethodCatalogue methods, RegionDirectory regions,
                    WorkingDayCalendar calendar, KnownEnterprises enterprises, String sourceSystem, UUID jobId,
                    Instant now, Duration clockSkew) {

    /** R25 still holds for imported records: nothing may have happened later than now (and the clock skew). */
    boolean inFuture(Instant instant) {
        return instant.isAfter(now.plus(clockSkew));
    }

    /** The stream id of a record of this job's source system: the same record always lands on the same stream. */
    UUID aggregateIdOf(String sourceRecordId) {
        return UUID.nameUUIDFromBytes(("haztrail-backflow\u0000" + sourceSystem + "\u0000" + sourceRecordId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
