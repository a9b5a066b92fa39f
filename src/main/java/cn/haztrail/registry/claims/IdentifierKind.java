package cn.haztrail.registry.claims;

/** Identifiers that must be unique across all enterprises (and, for approval numbers, across all approvals). */
public enum IdentifierKind {
    CREDIT_CODE, LICENCE_NUMBER, PERMIT_NUMBER, VEHICLE_PLATE, APPROVAL_NUMBER
}
