package cn.haztrail.feed.webhook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface WebhookSubscriptions extends JpaRepository<WebhookSubscription, UUID> {

    List<WebhookSubscription> findByActiveTrue();

    List<WebhookSubscription> findByAccountIdOrderByCreatedAt(String accountId);
}
