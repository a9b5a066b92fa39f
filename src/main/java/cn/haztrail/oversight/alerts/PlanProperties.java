package cn.haztrail.oversight.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * Plan against reality (R31).
 *
 * @param exceedShare how far above its recorded plan a producer's actual generation of a code may go before
 *                    PLAN_EXCEEDED opens: 0.20 alerts above 120 % of the plan
 */
@ConfigurationProperties("haztrail.plans")
public record PlanProperties(@DefaultValue("0.20") BigDecimal exceedShare) {
}
