package cn.haztrail.feed.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Keeps webhooks out of the platform's own network: a host is accepted only when every address it resolves to is
 * public ({@link PublicAddresses}). Checked when a URL is subscribed, and again at every delivery on the very addresses
 * the delivery then connects to, since a name that was public at subscription may later resolve inside (DNS rebinding).
 * {@code haztrail.webhooks.allow-loopback} lets loopback addresses through, for tests and local development only.
 */
@Component
class WebhookTargets {

    private static final Logger log = LoggerFactory.getLogger(WebhookTargets.class);

    private final WebhookHostResolver resolver;
    private final boolean allowLoopback;

    WebhookTargets(WebhookHostResolver resolver, WebhookProperties properties) {
        this.resolver = resolver;
        this.allowLoopback = properties.allowLoopback();
        if (allowLoopback) {
            log.warn("haztrail.webhooks.allow-loopback is on: webhooks may reach this machine's loopback addresses "
                    + "(for tests and local development, never in production)");
        }
    }

    /** At subscription: why the URL may not be subscribed (no host, an unknown host, a non-public address). */
    Optional<String> problemWith(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL: " + e.getReason());
        }
        if (host == null) {
            return Optional.of("the URL names no host");
        }
        try {
            publicAddresses(host);
            return Optional.empty();
        } catch (NonPublicAddress e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " is unknown");
        }
    }

    /** The host's addresses, each of them public; a delivery connects to these and no others. */
    List<InetAddress> publicAddresses(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses = resolver.resolve(bare);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = PublicAddresses.whyNotPublic(address, allowLoopback);
            if (refusal.isPresent()) {
                throw new NonPublicAddress(host, address, refusal.get());
            }
        }
        return addresses;
    }
}
