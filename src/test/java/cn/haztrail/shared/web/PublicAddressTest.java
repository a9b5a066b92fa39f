package cn.haztrail.shared.web;

import cn.haztrail.batch.query.LabelLinks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R07: the QR payload leads back to the batch from anywhere, so it starts with the installation's public address
 * ({@code haztrail.public-base-url}). The application's own configuration files are loaded, with the profile given.
 */
class PublicAddressTest {

    private static final String LABEL = "91360200MA35G8XK2H9002490820261120001";

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Labels.class);

    @Test
    void R07_the_postgres_profile_refuses_to_start_without_a_public_address_and_names_the_property() {
        app.withSystemProperties("spring.profiles.active=postgres").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("haztrail.public-base-url is not set");
        });
    }

    @Test
    void R07_the_postgres_profile_puts_the_configured_public_address_into_qr_payloads() {
        app.withSystemProperties("spring.profiles.active=postgres")
                .withPropertyValues("haztrail.public-base-url=https://haztrail.example.gov.cn/").run(context ->
                        assertThat(context.getBean(LabelLinks.class).qrPayload(LABEL))
                                .isEqualTo("https://haztrail.example.gov.cn/l/" + LABEL));
    }

    @Test
    void R07_the_embedded_run_encodes_localhost_8080_by_default() {
        app.run(context -> assertThat(context.getBean(LabelLinks.class).qrPayload(LABEL))
                .isEqualTo("http://localhost:8080/l/" + LABEL));
    }

    @Test
    void R07_a_public_address_that_is_not_an_http_address_is_refused_at_startup_naming_the_property() {
        app.withPropertyValues("haztrail.public-base-url=haztrail.example.gov.cn").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("haztrail.public-base-url must be an http(s) address");
        });
    }

    @Import({PublicAddressConfiguration.class, LabelLinks.class})
    static class Labels {
    }
}
