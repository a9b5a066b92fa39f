package cn.haztrail.registry.api;

/** Where a licence stands; revocation is final. */
public enum LicenceStatus {
    ACTIVE, SUSPENDED, REVOKED
}
