package cn.haztrail.shared.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The first administrator of an embedded-mode installation, from configuration, created once. */
@Component
@Profile("!oidc")
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountService accountService;
    private final SecurityProperties properties;

    BootstrapAdmin(AccountService accountService, SecurityProperties properties) {
        this.accountService = accountService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = properties.bootstrapAdmin();
        if (accountService.createIfAbsent(admin.username(), admin.password(), Role.ADMIN, null, null)) {
            log.info("Created bootstrap administrator '{}'", admin.username());
        }
    }
}
