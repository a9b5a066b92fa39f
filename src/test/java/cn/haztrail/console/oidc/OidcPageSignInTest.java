package cn.haztrail.console.oidc;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.console.oidc.FakeIdentityProvider.Tamper;
import cn.haztrail.support.OwnDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages under {@code oidc}: a person signs in at the organisation's identity provider (here a fake one on
 * loopback) with the authorization-code flow, and the pages then show what the API shows for the same claims. The
 * JSON API beside them stays stateless bearer-JWT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        OwnDatabase.URL + "haztrail-oidc-pages" + OwnDatabase.OPTIONS, OwnDatabase.DIALECT})
@ActiveProfiles({"test", "oidc"})
class OidcPageSignInTest {

    private static final FakeIdentityProvider IDP = start();
    private static final Map<String, Object> REGULATOR = Map.of("sub", "idp-regulator-jdz",
            "preferred_username", "li.jdz", "haztrail_role", "REGULATOR", "jurisdiction", "360200");
    private static final Map<String, Object> PRODUCER = Map.of("sub", "idp-producer-1",
            "preferred_username", "wang.jianguo", "haztrail_role", "PRODUCER", "credit_code", "91360200MA35G8XK2H");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.haztrail.";
        registry.add(registration + "client-id", () -> FakeIdentityProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> FakeIdentityProvider.CLIENT_SECRET);
        registry.add(registration + "scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider.haztrail.issuer-uri", IDP::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDP::issuer);
    }

    @AfterAll
    static void stop() {
        IDP.close();
    }

    @Test
    void a_page_request_without_sign_in_goes_to_the_identity_provider_with_state_nonce_and_pkce() throws Exception {
        Browserless browser = new Browserless();

        HttpResponse<String> page = browser.get(app("/console/oversight"));
        HttpResponse<String> toProvider = browser.get(Browserless.location(page));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(toProvider)).startsWith(IDP.issuer() + "/authorize?")
                .contains("response_type=code", "client_id=" + FakeIdentityProvider.CLIENT_ID, "state=", "nonce=",
                        "code_challenge=", "code_challenge_method=S256");
    }

    @Test
    void a_regulator_signed_in_at_the_provider_sees_its_jurisdiction_s_dashboard() throws Exception {
        Browserless browser = new Browserless();

        HttpResponse<String> dashboard = signIn(browser, "/console/oversight", REGULATOR, Tamper.NONE);

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.request().uri().getPath()).isEqualTo("/console/oversight");
        assertThat(dashboard.body()).contains("监管看板", "li.jdz", "景德镇");
    }

    @Test
    void a_producer_signed_in_at_the_provider_acts_for_the_enterprise_of_its_credit_code() throws Exception {
        Browserless browser = new Browserless();

        HttpResponse<String> home = signIn(browser, "/console", PRODUCER, Tamper.NONE);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.request().uri().getPath()).isEqualTo("/console/enterprise");
        assertThat(home.body()).contains("wang.jianguo", "景德镇市昌南化工有限公司");
        assertThat(browser.get(app("/console/oversight")).statusCode()).isEqualTo(403);
    }

    @Test
    void R29_a_person_without_role_claims_acts_through_its_membership_as_on_the_api() throws Exception {
        String admin = IDP.accessToken(Map.of("sub", "idp-admin", "haztrail_role", "ADMIN"));
        HttpResponse<String> added = new Browserless().postJson(app("/api/v1/enterprises/" + DemoParties.CHEMICAL_PLANT
                + "/members"), "Bearer " + admin, "{\"username\": \"idp-viewer-page\", \"role\": \"VIEWER\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        Browserless browser = new Browserless();

        HttpResponse<String> home = signIn(browser, "/console", Map.of("sub", "idp-viewer-page"), Tamper.NONE);

        assertThat(home.request().uri().getPath()).isEqualTo("/console/enterprise");
        assertThat(home.body()).contains("景德镇市昌南化工有限公司");
    }

    @Test
    void an_id_token_signed_with_another_key_is_refused() throws Exception {
        Browserless browser = new Browserless();

        HttpResponse<String> refused = signIn(browser, "/console/oversight", REGULATOR, Tamper.FORGED_SIGNATURE);

        assertRefused(browser, refused);
    }

    @Test
    void an_id_token_carrying_another_nonce_is_refused() throws Exception {
        Browserless browser = new Browserless();

        HttpResponse<String> refused = signIn(browser, "/console/oversight", REGULATOR, Tamper.OTHER_NONCE);

        assertRefused(browser, refused);
    }

    @Test
    void a_person_whose_claims_name_no_registered_enterprise_is_refused_at_sign_in() throws Exception {
        Browserless browser = new Browserless();

        HttpResponse<String> refused = signIn(browser, "/console", Map.of("sub", "idp-stranger",
                "haztrail_role", "PRODUCER", "credit_code", "91360200MA00000000"), Tamper.NONE);

        assertRefused(browser, refused);
    }

    @Test
    void the_json_api_takes_a_bearer_token_and_opens_no_session() throws Exception {
        String token = IDP.accessToken(PRODUCER);

        HttpResponse<String> answer = new Browserless().get(app("/api/v1/enterprises/" + DemoParties.CHEMICAL_PLANT),
                "Authorization", "Bearer " + token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("王建国");
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void the_json_api_ignores_the_page_session() throws Exception {
        Browserless browser = new Browserless();
        assertThat(signIn(browser, "/console/oversight", REGULATOR, Tamper.NONE).statusCode()).isEqualTo(200);

        HttpResponse<String> answer = browser.get(app("/api/v1/oversight/indicators"));

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void signing_out_ends_the_page_session_and_the_provider_s_session() throws Exception {
        Browserless browser = new Browserless();
        HttpResponse<String> dashboard = signIn(browser, "/console/oversight", REGULATOR, Tamper.NONE);

        HttpResponse<String> signOut = browser.postForm(app("/logout"), "_csrf="
                + URLEncoder.encode(csrfToken(dashboard.body()), StandardCharsets.UTF_8));

        assertThat(Browserless.location(signOut)).startsWith(IDP.issuer() + "/end-session?")
                .contains("id_token_hint=", "post_logout_redirect_uri=");
        assertThat(browser.follow(signOut).statusCode()).isEqualTo(200);
        assertThat(IDP.endSessions()).isNotEmpty();
        HttpResponse<String> again = browser.get(app("/console/oversight"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(again)).endsWith("/oauth2/authorization/haztrail");
    }

    @Test
    void a_sign_out_without_its_csrf_token_is_refused() throws Exception {
        Browserless browser = new Browserless();
        signIn(browser, "/console/oversight", REGULATOR, Tamper.NONE);

        HttpResponse<String> signOut = browser.postForm(app("/logout"), "");

        assertThat(signOut.statusCode()).isEqualTo(403);
        assertThat(browser.get(app("/console/oversight")).statusCode()).isEqualTo(200);
    }

    @Test
    void R07_the_public_label_check_needs_no_sign_in() throws Exception {
        String labelId = jdbc.queryForObject("select label_id from batch_view order by generated_at limit 1",
                String.class);

        HttpResponse<String> check = new Browserless().get(app("/l/" + labelId));

        assertThat(check.statusCode()).isEqualTo(200);
    }

    /** Opens a page, follows the redirects through the provider (which signs the person in) and back. */
    private HttpResponse<String> signIn(Browserless browser, String path, Map<String, Object> person, Tamper tamper)
            throws IOException, InterruptedException {
        IDP.nextPerson(person, tamper);
        return browser.follow(browser.get(app(path)));
    }

    private void assertRefused(Browserless browser, HttpResponse<String> refused)
            throws IOException, InterruptedException {
        assertThat(refused.request().uri().toString()).endsWith("/login?error");
        assertThat(refused.body()).contains("登录未成功");
        HttpResponse<String> page = browser.get(app("/console/oversight"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(page)).endsWith("/oauth2/authorization/haztrail");
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static FakeIdentityProvider start() {
        try {
            return new FakeIdentityProvider();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
