package cn.haztrail.shared.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param bootstrapAdmin the administrator created on first start in embedded mode
 * @param claims         which JWT claims carry the role, enterprise and jurisdiction in the {@code oidc} profile
 * @param login          when failed HTTP Basic sign-ins lock an embedded-mode account
 */
@ConfigurationProperties("haztrail.security")
public record SecurityProperties(BootstrapAdmin bootstrapAdmin, @DefaultValue Claims claims,
                                 @DefaultValue Login login) {

    public record BootstrapAdmin(String username, String password) {
    }

    public record Claims(@DefaultValue("haztrail_role") String role,
                         @DefaultValue("enterprise_id") String enterprise,
                         @DefaultValue("jurisdiction") String jurisdiction) {
    }

    /**
     * @param maxFailures  failed sign-ins within {@code window} that lock the account
     * @param window       how long failures count from the first one
     * @param lockDuration how long a locked account refuses every sign-in, the right password included
     */
    public record Login(@DefaultValue("5") int maxFailures,
                        @DefaultValue("PT15M") Duration window,
                        @DefaultValue("PT15M") Duration lockDuration) {
    }
}
