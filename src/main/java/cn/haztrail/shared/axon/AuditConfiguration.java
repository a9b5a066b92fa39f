package cn.haztrail.shared.axon;

import cn.haztrail.shared.security.CurrentCaller;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the audit trail of R22: commands stamped at dispatch, the stamp copied onto every resulting event. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACCOUNT_ID, AuditMetadata.ENTERPRISE_ID,
                AuditMetadata.ROLE, AuditMetadata.BUSINESS_TIME);
    }

    @Bean
    InitializingBean auditDispatchInterceptorRegistration(CommandBus commandBus, CurrentCaller currentCaller,
                                                          Clock clock) {
        return () -> commandBus.registerDispatchInterceptor(new AuditDispatchInterceptor(currentCaller, clock));
    }
}
