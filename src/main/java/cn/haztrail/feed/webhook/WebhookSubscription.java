package cn.haztrail.feed.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A URL that receives the events of one enterprise (a party's) or one region (a regulator's). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    private String region;
    private String url;
    /** HMAC-SHA256 key; shown to the subscriber once, when it subscribes. */
    private String secret;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(UUID id, String accountId, UUID enterpriseId, String region, String url, String secret,
                        Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.enterpriseId = enterpriseId;
        this.region = region;
        this.url = url;
        this.secret = secret;
        this.active = true;
        this.createdAt = createdAt;
    }

    void deactivate() {
        active = false;
    }

    public UUID id() { return id; }
    public String accountId() { return accountId; }
    public UUID enterpriseId() { return enterpriseId; }
    public String region() { return region; }
    public String url() { return url; }
    public String secret() { return secret; }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
}
