package cn.haztrail.registry.command;

/** Identifiers that must be unique across all enterprises. */
public enum IdentifierKind {
    CREDIT_CODE, LICENCE_NUMBER, PERMIT_NUMBER, VEHICLE_PLATE
}
