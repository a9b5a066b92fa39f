package cn.haztrail.console.oversight;

import cn.haztrail.oversight.indicators.FlowQueries;
import cn.haztrail.oversight.indicators.FlowReport;
import cn.haztrail.oversight.indicators.RegulatorScope;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's two flow tables as downloads: city to city, producer to receiver. */
@Configuration(proxyBeanMethods = false)
class FlowTables {

    static final String CITIES = "flows-cities";
    static final String ENTERPRISES = "flows-enterprises";

    @Bean
    FlowTable cityFlowTable(FlowQueries flows, RegulatorScope scope, DashboardPeriod period, FlowLines lines,
                            MessageSource messages) {
        return new FlowTable(CITIES, FlowReport::byRegion, flows, scope, period, lines, messages);
    }

    @Bean
    FlowTable enterpriseFlowTable(FlowQueries flows, RegulatorScope scope, DashboardPeriod period, FlowLines lines,
                                  MessageSource messages) {
        return new FlowTable(ENTERPRISES, FlowReport::byEnterprise, flows, scope, period, lines, messages);
    }
}
