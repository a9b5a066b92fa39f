package cn.haztrail.shared.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bootstrapAdmin the administrator created on first start in embedded mode
 * @param claims         which JWT claims carry the role, enterprise and jurisdiction in the {@code oidc} profile
 */
@ConfigurationProperties("haztrail.security")
public record SecurityProperties(BootstrapAdmin bootstrapAdmin, @DefaultValue Claims claims) {

    public record BootstrapAdmin(String username, String password) {
    }

    public record Claims(@DefaultValue("haztrail_role") String role,
                         @DefaultValue("enterprise_id") String enterprise,
                         @DefaultValue("jurisdiction") String jurisdiction) {
    }
}
