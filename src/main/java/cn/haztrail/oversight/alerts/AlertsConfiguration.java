package cn.haztrail.oversight.alerts;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The alerts' processing group and its sequencing; scheduling for the time-based check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertsConfiguration {

    static final String GROUP = "oversight";

    @Bean
    ConfigurerModule alertSequencing() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(GROUP, configuration -> new AlertSequencingPolicy());
    }
}
