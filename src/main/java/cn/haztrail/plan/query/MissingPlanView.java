package cn.haztrail.plan.query;

import cn.haztrail.plan.api.PlanStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A producer of the regulator's jurisdiction without a recorded plan for the year (R30). */
@Schema(description = "A producer without a recorded management plan for the year")
public record MissingPlanView(UUID enterpriseId, String name, String regionCode,
                              @Schema(description = "Whether it registered waste generated in the year")
                              boolean generatedWaste,
                              @Schema(description = "Where its plan stands, if it filed one (FILED or RETURNED)",
                                      nullable = true) PlanStatus planStatus) {
}
