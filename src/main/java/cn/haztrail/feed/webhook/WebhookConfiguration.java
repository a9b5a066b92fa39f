package cn.haztrail.feed.webhook;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Webhook deliveries are sent by a scheduled dispatcher, never inside command handling. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookConfiguration {
}
