package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
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
                    String jurisdiction, Instant now, Duration clockSkew) {

    /**
     * R21: a regulator imports only what its jurisdiction would show it, a record one of whose parties (given in
     * {@code parties}, the first named by {@code field}) is registered there; the others are refused, not stored.
     */
    void requireInJurisdiction(Field field, UUID... parties) {
        for (UUID party : parties) {
            String region = enterprises.region(party);
            if (jurisdiction != null && region != null && regions.contains(jurisdiction, region)) {
                return;
            }
        }
        throw RecordRefused.of(field, "R21", "refused.backflow.outside-jurisdiction", String.valueOf(jurisdiction));
    }

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
