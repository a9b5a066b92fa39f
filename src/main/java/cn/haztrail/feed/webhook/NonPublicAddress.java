package cn.haztrail.feed.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A webhook host that resolves to an address a webhook must not reach. An {@link UnknownHostException}, so that the
 * HTTP client gives up on the host without connecting anywhere, exactly as if the name did not resolve.
 */
class NonPublicAddress extends UnknownHostException {

    NonPublicAddress(String host, InetAddress address, String reason) {
        super("webhooks must go to a public address: " + named(host, address) + " " + reason);
    }

    private static String named(String host, InetAddress address) {
        String literal = address.getHostAddress();
        return host.equals(literal) || host.equals("[" + literal + "]") ? literal + " is"
                : host + " resolves to " + literal + ", which is";
    }
}
