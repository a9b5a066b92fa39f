package cn.haztrail.plan.api;

import java.math.BigDecimal;

/** The tonnes of one waste code a producer expects to generate in the plan's year (计划产生量). */
public record PlanLine(String wasteCode, BigDecimal expectedTonnes) {
}
