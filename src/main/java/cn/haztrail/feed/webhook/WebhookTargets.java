package cn.haztrail.feed.webhook;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Refuses webhook URLs that resolve to the platform's own network (loopback, private, link-local), unless
 * {@code haztrail.webhooks.allow-loopback} is set for tests and local development.
 */
@Component
class WebhookTargets {

    private final WebhookProperties properties;

    WebhookTargets(WebhookProperties properties) {
        this.properties = properties;
    }

    void check(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            throw CommandRefused.ruleViolated(null, "url", Translatable.of("refused.feed.invalid-url", e.getReason()));
        }
        if (host == null) {
            throw CommandRefused.ruleViolated(null, "url", Translatable.of("refused.feed.url-without-host"));
        }
        if (properties.allowLoopback()) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()) {
                    throw CommandRefused.ruleViolated(null, "url", Translatable.of("refused.feed.private-address"));
                }
            }
        } catch (UnknownHostException e) {
            throw CommandRefused.ruleViolated(null, "url", Translatable.of("refused.feed.host-unknown", host));
        }
    }
}
