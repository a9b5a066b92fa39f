package cn.haztrail.plan.api;

import java.util.UUID;

/** A receiver the producer plans to send waste to, and the utilization/disposal method it plans there (R32). */
public record PlannedReceiver(UUID receiverId, String methodCode) {
}
