package cn.haztrail.feed.webhook;

import java.util.UUID;

/** A delivery whose time has come, with what is needed to send it. */
record DueDelivery(UUID id, String url, String secret, long position, String eventId, String body, int attempts,
                   boolean subscriptionActive) {
}
