package cn.haztrail.feed.webhook;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The platform's own resolver (DNS, hosts file); address literals are parsed without a lookup. */
@Component
class SystemHostResolver implements WebhookHostResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
