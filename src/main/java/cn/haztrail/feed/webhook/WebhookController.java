package cn.haztrail.feed.webhook;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Change feed")
class WebhookController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptions subscriptions;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ActiveSubscriptions active;

    WebhookController(WebhookSubscriptions subscriptions, RegionDirectory regions,
                      CurrentCaller currentCaller, JdbcTemplate jdbc, Clock clock, ActiveSubscriptions active) {
        this.active = active;
        this.subscriptions = subscriptions;
        this.regions = regions;
        this.currentCaller = currentCaller;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostMapping
    @Transactional
    @Operation(operationId = "subscribeWebhook",
            summary = "Subscribe a URL to the caller's events", description = "Parties receive their own "
            + "enterprise's events, regulators a region of their jurisdiction. Each delivery is a POST of one feed "
            + "item, signed in X-HazTrail-Signature (sha256=HMAC of the body with the secret returned here), with "
            + "X-HazTrail-Position for de-duplication; retried with backoff until a 2xx, at least once. The URL "
            + "must name a public address: loopback, private, link-local, unique-local, CGNAT, benchmarking, "
            + "multicast, broadcast, reserved and documentation addresses (and IPv6 forms of them) are refused, here "
            + "and again at every delivery on the address then resolved; redirects are not followed.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WebhookView> subscribe(@Valid @RequestBody WebhookRequest request) {
        Caller caller = currentCaller.get();
        UUID enterprise = null;
        String region = null;
        if (caller.isRegulator() || caller.isAdmin()) {
            region = request.region() != null ? request.region() : caller.jurisdiction();
            if (region == null || (caller.isRegulator() && !regions.contains(caller.jurisdiction(), region))) {
                throw new AccessDeniedException("a regulator subscribes to a region of its jurisdiction");
            }
        } else if (request.region() != null) {
            throw CommandRefused.ruleViolated("R21", "region", Translatable.of("refused.feed.other-enterprise"));
        } else {
            enterprise = caller.enterpriseId();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        WebhookSubscription subscription = subscriptions.save(new WebhookSubscription(UUID.randomUUID(),
                caller.accountId(), enterprise, region, request.url(), HexFormat.of().formatHex(secret),
                clock.instant()));
        active.changed();
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + subscription.id()))
                .body(WebhookView.of(subscription, true));
    }

    @GetMapping
    @Operation(operationId = "listWebhooks",
            summary = "The caller's webhook subscriptions")
    List<WebhookView> mine() {
        return subscriptions.findByAccountIdOrderByCreatedAt(currentCaller.get().accountId()).stream()
                .map(subscription -> WebhookView.of(subscription, false)).toList();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries",
            summary = "The latest deliveries of a subscription, with attempts and errors")
    List<DeliveryView> deliveries(@PathVariable UUID id) {
        own(id);
        return jdbc.query("select position, event_id, status, attempts, next_attempt_at, delivered_at, last_error "
                        + "from webhook_delivery where subscription_id = ? order by position desc limit 100",
                (rs, row) -> new DeliveryView(rs.getLong("position"), rs.getString("event_id"), rs.getString("status"),
                        rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                        instant(rs.getTimestamp("delivered_at")), rs.getString("last_error")), id);
    }

    @DeleteMapping("/{id}")
    @Transactional
    @Operation(operationId = "unsubscribeWebhook",
            summary = "Stop a subscription: its pending deliveries are CANCELLED, never sent (its delivery history "
                    + "stays)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> unsubscribe(@PathVariable UUID id) {
        own(id).deactivate();
        active.changed();
        jdbc.update("update webhook_delivery set status = 'CANCELLED' where subscription_id = ? and status = 'PENDING'",
                id);
        return ResponseEntity.noContent().build();
    }

    private WebhookSubscription own(UUID id) {
        return subscriptions.findById(id).filter(s -> s.accountId().equals(currentCaller.get().accountId()))
                .orElseThrow(() -> CommandRefused.notFound("id",
                        Translatable.of("refused.feed.unknown-webhook-subscription", id)));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
