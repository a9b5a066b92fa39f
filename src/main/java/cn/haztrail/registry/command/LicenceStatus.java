package cn.haztrail.registry.command;

/** Where a licence stands; revocation is final. */
public enum LicenceStatus {
    ACTIVE, SUSPENDED, REVOKED
}
