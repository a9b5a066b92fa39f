package cn.haztrail.catalogue;

import java.util.Objects;

/**
 * A utilization/disposal method code (利用/处置方式代码) such as {@code D10}.
 *
 * @param definedBy {@value #PUBLIC} for codes from the public table (HJ 1033-2019 Annex F as shipped by public
 *                  systems), {@value #HAZTRAIL} for codes HazTrail defines because no public table has them
 *                  (storage and collection)
 */
public record MethodCode(String code, String nameZh, String nameEn, MethodKind kind, String definedBy) {

    public static final String PUBLIC = "public";
    public static final String HAZTRAIL = "haztrail";

    public MethodCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        if (!PUBLIC.equals(definedBy) && !HAZTRAIL.equals(definedBy)) {
            throw new IllegalArgumentException("definedBy must be public or haztrail, not '" + definedBy + "'");
        }
    }

    public boolean isHazTrailDefined() {
        return HAZTRAIL.equals(definedBy);
    }
}
