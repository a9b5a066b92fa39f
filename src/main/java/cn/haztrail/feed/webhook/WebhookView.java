package cn.haztrail.feed.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A webhook subscription; the secret is shown only in the answer to the subscription")
record WebhookView(UUID id, String url, UUID enterpriseId, String region, boolean active, Instant createdAt,
                   @Schema(description = "HMAC-SHA256 key for X-HazTrail-Signature; shown once")
                   String secret) {

    static WebhookView of(WebhookSubscription subscription, boolean withSecret) {
        return new WebhookView(subscription.id(), subscription.url(), subscription.enterpriseId(),
                subscription.region(), subscription.active(), subscription.createdAt(),
                withSecret ? subscription.secret() : null);
    }
}
