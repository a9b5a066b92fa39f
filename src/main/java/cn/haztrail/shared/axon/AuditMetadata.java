package cn.haztrail.shared.axon;

import cn.haztrail.shared.security.Caller;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata keys that say who did what and when (R22). Set on every command by {@link AuditDispatchInterceptor}
 * and copied onto every event the command causes by {@code AuditConfiguration}. Only the account id identifies a
 * person: names and phone numbers never enter the event store.
 */
public final class AuditMetadata {

    public static final String ACCOUNT_ID = "accountId";
    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String ROLE = "role";
    public static final String BUSINESS_TIME = "businessTime";

    /** Where an imported event came from (issue 17): the source system, its record id and the import job. */
    public static final String SOURCE_SYSTEM = "sourceSystem";
    public static final String SOURCE_RECORD_ID = "sourceRecordId";
    public static final String IMPORT_JOB_ID = "importJobId";

    /** The account recorded for what HazTrail does by itself (deadlines, sagas). */
    public static final String SYSTEM_ACCOUNT = "system";

    private AuditMetadata() {
    }

    /** The stamp of something the caller did (HazTrail itself, when there is none) at the given business time. */
    public static Map<String, Object> of(Optional<Caller> caller, Instant businessTime) {
        Map<String, Object> audit = new HashMap<>();
        caller.ifPresentOrElse(signedIn -> {
            audit.put(ACCOUNT_ID, signedIn.accountId());
            audit.put(ROLE, signedIn.role().name());
            if (signedIn.enterpriseId() != null) {
                audit.put(ENTERPRISE_ID, signedIn.enterpriseId().toString());
            }
        }, () -> audit.put(ACCOUNT_ID, SYSTEM_ACCOUNT));
        audit.put(BUSINESS_TIME, businessTime.toString());
        return audit;
    }

    public static String accountId(MetaData metaData) {
        return (String) metaData.getOrDefault(ACCOUNT_ID, SYSTEM_ACCOUNT);
    }

    public static String enterpriseId(MetaData metaData) {
        return (String) metaData.get(ENTERPRISE_ID);
    }

    public static String role(MetaData metaData) {
        return (String) metaData.get(ROLE);
    }

    public static Instant businessTime(MetaData metaData, Instant fallback) {
        Object value = metaData.get(BUSINESS_TIME);
        return value == null ? fallback : Instant.parse(value.toString());
    }
}
