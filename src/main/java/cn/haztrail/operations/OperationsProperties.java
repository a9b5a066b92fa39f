package cn.haztrail.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param metricsRefresh how long the store readings behind the gauges are reused before the tables are read again
 */
@ConfigurationProperties("haztrail.operations")
record OperationsProperties(@DefaultValue("PT5S") Duration metricsRefresh) {
}
