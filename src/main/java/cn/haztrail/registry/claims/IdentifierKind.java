package cn.haztrail.registry.claims;

/**
 * Identifiers that must be unique across all enterprises (and, for approval and manifest numbers, across all
 * approvals and manifests).
 */
public enum IdentifierKind {
    CREDIT_CODE, LICENCE_NUMBER, PERMIT_NUMBER, VEHICLE_PLATE, APPROVAL_NUMBER, MANIFEST_NUMBER
}
