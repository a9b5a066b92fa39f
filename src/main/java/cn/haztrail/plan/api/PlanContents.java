package cn.haztrail.plan.api;

import java.util.List;

/**
 * What one version of an annual management plan (危险废物管理计划) states: the expected generation per waste code,
 * the storage facilities, the planned receivers and methods, and the reduction measures (减量化措施).
 */
public record PlanContents(List<PlanLine> lines, List<StorageFacility> storageFacilities,
                           List<PlannedReceiver> receivers, String reductionMeasures) {
}
