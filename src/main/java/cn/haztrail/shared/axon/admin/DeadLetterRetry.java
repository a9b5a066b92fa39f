package cn.haztrail.shared.axon.admin;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "The outcome of retrying a group's dead letters, one sequence after the other")
public record DeadLetterRetry(@Schema(example = "oversight") String group,
                              @Schema(description = "Sequences whose parked events were all handled now") int succeeded,
                              @Schema(description = "Sequences that failed again and stay parked") int failed,
                              @Schema(description = "Dead letters left in the group") long remaining) {
}
