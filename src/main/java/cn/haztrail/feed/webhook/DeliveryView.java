package cn.haztrail.feed.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "One delivery of one event to a webhook")
record DeliveryView(long position, String eventId,
                    @Schema(example = "DELIVERED", allowableValues = {"PENDING", "DELIVERED", "FAILED", "CANCELLED"},
                            description = "PENDING: to be sent or retried; FAILED: given up after the last attempt; "
                                    + "CANCELLED: its subscription was deleted first, so it is never sent")
                    String status, int attempts, Instant nextAttemptAt, Instant deliveredAt, String lastError) {
}
