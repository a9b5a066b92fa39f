package cn.haztrail.shared.axon;

import org.axonframework.messaging.MetaData;

import java.time.Instant;

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

    /** The account recorded for what HazTrail does by itself (deadlines, sagas). */
    public static final String SYSTEM_ACCOUNT = "system";

    private AuditMetadata() {
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
