package cn.haztrail.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** Hooks {@link ApiContract} into the MockMvc every {@link IntegrationTest} shares, so no API test can skip it. */
@TestConfiguration(proxyBeanMethods = false)
class ApiContractConfiguration {

    @Bean
    MockMvcBuilderCustomizer apiContractValidation() {
        return builder -> builder.alwaysDo(new ApiContract());
    }
}
