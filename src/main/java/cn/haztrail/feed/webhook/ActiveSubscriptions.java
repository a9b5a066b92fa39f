package cn.haztrail.feed.webhook;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.UUID;

/**
 * The active subscriptions as the outbox matches events against them, read once and then reused, so that an
 * installation nobody subscribes to pays no query per event. A subscription made or cancelled on this node counts
 * from the moment its request is answered (the copy is dropped when its transaction commits); one made on another
 * node counts at most {@code haztrail.webhooks.subscriptions-max-age} later, when the copy is read again (only while
 * events flow: an idle node asks nothing).
 */
@Component
class ActiveSubscriptions {

    /** What the outbox needs of a subscription: no entity, so the copy outlives any persistence context. */
    record Target(UUID id, UUID enterpriseId, String region) {
    }

    private record Copy(List<Target> targets, long readAt) {
    }

    private final WebhookSubscriptions subscriptions;
    private final long maxAgeNanos;
    private volatile Copy copy;

    ActiveSubscriptions(WebhookSubscriptions subscriptions, WebhookProperties properties) {
        this.subscriptions = subscriptions;
        this.maxAgeNanos = properties.subscriptionsMaxAge().toNanos();
    }

    List<Target> current() {
        Copy known = copy;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > maxAgeNanos) {
            known = new Copy(subscriptions.findByActiveTrue().stream()
                    .map(s -> new Target(s.id(), s.enterpriseId(), s.region())).toList(), now);
            copy = known;
        }
        return known.targets();
    }

    /** A subscription was made or cancelled: read them again once that is committed. */
    void changed() {
        copy = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    copy = null;
                }
            });
        }
    }
}
