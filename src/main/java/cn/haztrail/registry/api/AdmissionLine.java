package cn.haztrail.registry.api;

import java.math.BigDecimal;

/**
 * One waste a receiver is asked to take: its code, the method (null when not yet known, e.g. at submission without a
 * planned method) and the mass in tonnes (null when declared as a volume).
 */
public record AdmissionLine(String wasteCode, String methodCode, BigDecimal tonnes) {
}
