package cn.haztrail.shared.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param bootstrapAdmin the administrator created on first start in embedded mode
 * @param claims         which JWT claims carry the role, enterprise and jurisdiction in the {@code oidc} profile
 * @param login          how failed HTTP Basic sign-ins slow down the source that fails
 */
@ConfigurationProperties("haztrail.security")
public record SecurityProperties(BootstrapAdmin bootstrapAdmin, @DefaultValue Claims claims,
                                 @DefaultValue Login login) {

    public record BootstrapAdmin(String username, String password) {
    }

    /**
     * @param creditCode the enterprise's unified social credit code; when present it wins over {@code enterprise}
     * @param memberRole optional: MANAGER, CLERK, DRIVER or VIEWER inside the enterprise
     */
    public record Claims(@DefaultValue("haztrail_role") String role,
                         @DefaultValue("enterprise_id") String enterprise,
                         @DefaultValue("jurisdiction") String jurisdiction,
                         @DefaultValue("credit_code") String creditCode,
                         @DefaultValue("member_role") String memberRole) {
    }

    /**
     * @param freeFailures failed sign-ins in a row, per (username, client address), that cost no wait
     * @param firstDelay   the wait after the first failure beyond the free ones; it doubles with each further one
     * @param maxDelay     the longest wait
     * @param forgetAfter  failures older than this no longer count
     * @param rememberVerifiedFor how long a successful HTTP Basic sign-in spares the same credentials the password
     *                     hash check ({@link VerifiedSignIns}); PT0S checks every request
     */
    public record Login(@DefaultValue("3") int freeFailures,
                        @DefaultValue("PT1S") Duration firstDelay,
                        @DefaultValue("PT15M") Duration maxDelay,
                        @DefaultValue("PT1H") Duration forgetAfter,
                        @DefaultValue("PT5M") Duration rememberVerifiedFor) {
    }
}
