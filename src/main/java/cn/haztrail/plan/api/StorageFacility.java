package cn.haztrail.plan.api;

import java.math.BigDecimal;

/** A storage facility (贮存设施) the producer keeps its waste in; {@code capacityTonnes} may be unknown (null). */
public record StorageFacility(String name, String location, BigDecimal capacityTonnes) {
}
