package cn.haztrail.feed.webhook;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * Posts deliveries so that they reach only what was checked: the client's only way to turn a host into addresses is
 * {@link WebhookTargets#publicAddresses}, so it connects to the very addresses that were just found public (the Host
 * header and TLS SNI still name the subscribed host); redirects are never followed (a 3xx is a failed delivery, its
 * target never checked), connections are not reused (every delivery resolves and checks anew), no retries behind the
 * dispatcher's back, no proxy from the environment.
 */
@Component
class WebhookHttpClient implements DisposableBean {

    private final CloseableHttpClient http;

    WebhookHttpClient(WebhookTargets targets, WebhookProperties properties) {
        Timeout timeout = Timeout.of(properties.timeout());
        DnsResolver checked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return targets.publicAddresses(host).toArray(InetAddress[]::new);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checked)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).setRedirectsEnabled(false).build())
                // a fresh connection per delivery: each one resolves and checks its host again
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** POSTs a JSON body and answers the status code. */
    int post(URI url, String body, Map<String, String> headers) throws IOException {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
