package cn.haztrail.feed.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a webhook's host (a name or an address literal, without brackets) into the addresses to connect to. Both the
 * check at subscription and every delivery go through it, so a test can make a name change its answer in between.
 */
interface WebhookHostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
