package cn.haztrail.shared.security;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.TestCreditCodes;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The production login: JWTs signed by the identity provider (here a key made by the test) map to callers. */
@SpringBootTest(properties = {
        OwnDatabase.URL + "haztrail-oidc" + OwnDatabase.OPTIONS, OwnDatabase.DIALECT})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "oidc"})
class JwtLoginTest {

    private static final KeyPair IDP_KEY = rsa();
    private static final KeyPair FORGER_KEY = rsa();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("idp", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(IDP_KEY.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void R21_a_party_token_acts_for_its_enterprise() throws Exception {
        String token = token(IDP_KEY, "idp-user-1", Map.of("haztrail_role", "PRODUCER",
                "enterprise_id", DemoParties.CHEMICAL_PLANT.toString()), Instant.now().plusSeconds(300));

        mvc.perform(get("/api/v1/enterprises/" + DemoParties.CHEMICAL_PLANT).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.name").value("王建国"));
        mvc.perform(post("/api/v1/enterprises").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void R07_a_label_s_qr_code_opens_the_public_label_check_without_any_token() throws Exception {
        String labelId = jdbc.queryForObject("select label_id from batch_view order by generated_at limit 1",
                String.class);

        mvc.perform(get("/l/" + labelId)).andExpect(status().isOk());
    }

    @Test
    void R21_a_token_names_its_enterprise_by_credit_code_instead_of_an_internal_id() throws Exception {
        String token = token(IDP_KEY, "idp-user-3", Map.of("haztrail_role", "PRODUCER",
                "credit_code", "91360200MA35G8XK2H"), Instant.now().plusSeconds(300));

        mvc.perform(get("/api/v1/enterprises/" + DemoParties.CHEMICAL_PLANT).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.name").value("王建国"));
    }

    @Test
    void a_token_naming_an_unregistered_credit_code_is_401() throws Exception {
        String token = token(IDP_KEY, "idp-user-4", Map.of("haztrail_role", "PRODUCER",
                "credit_code", TestCreditCodes.next("360203")), Instant.now().plusSeconds(300));

        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void R29_a_token_with_the_viewer_member_role_reads_but_cannot_write() throws Exception {
        String token = token(IDP_KEY, "idp-user-5", Map.of("haztrail_role", "PRODUCER",
                "credit_code", "91360200MA35G8XK2H", "member_role", "VIEWER"), Instant.now().plusSeconds(300));

        mvc.perform(get("/api/v1/batches").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/batches").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void R29_a_token_without_role_claims_acts_through_the_members_mapping_of_its_subject() throws Exception {
        String admin = token(IDP_KEY, "idp-admin-8", Map.of("haztrail_role", "ADMIN"), Instant.now().plusSeconds(300));
        mvc.perform(post("/api/v1/enterprises/" + DemoParties.CHEMICAL_PLANT + "/members")
                        .header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"idp-viewer-6\", \"role\": \"VIEWER\"}"))
                .andExpect(status().isCreated());
        String member = token(IDP_KEY, "idp-viewer-6", Map.of(), Instant.now().plusSeconds(300));

        mvc.perform(get("/api/v1/enterprises/" + DemoParties.CHEMICAL_PLANT).header("Authorization", "Bearer " + member))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.name").value("王建国"));
        mvc.perform(post("/api/v1/batches").header("Authorization", "Bearer " + member)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_token_without_role_claims_whose_subject_is_no_member_is_401() throws Exception {
        String token = token(IDP_KEY, "idp-stranger-" + System.nanoTime(), Map.of(), Instant.now().plusSeconds(300));

        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void R22_an_administrator_token_writes_and_its_subject_is_recorded() throws Exception {
        String token = token(IDP_KEY, "idp-admin-7", Map.of("haztrail_role", "ADMIN"), Instant.now().plusSeconds(300));
        String body = """
                {"creditCode": "%s", "name": "令牌测试企业", "regionCode": "360203", "address": "景德镇",
                 "contact": {"name": "联系人", "phone": "0798-8000000"}, "roles": ["PRODUCER"]}"""
                .formatted(TestCreditCodes.next("360203"));

        String location = mvc.perform(post("/api/v1/enterprises").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        byte[] metadata = jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ?",
                byte[].class, location.substring(location.lastIndexOf('/') + 1));
        assertThat(new String(metadata, StandardCharsets.UTF_8)).contains("\"accountId\":\"idp-admin-7\"")
                .contains("\"role\":\"ADMIN\"");
    }

    @Test
    void a_token_signed_by_another_key_is_401() throws Exception {
        String forged = token(FORGER_KEY, "mallory", Map.of("haztrail_role", "ADMIN"), Instant.now().plusSeconds(300));
        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        String expired = token(IDP_KEY, "idp-admin-7", Map.of("haztrail_role", "ADMIN"), Instant.now().minusSeconds(600));
        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + expired))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_party_token_without_an_enterprise_is_401() throws Exception {
        String token = token(IDP_KEY, "idp-user-2", Map.of("haztrail_role", "CARRIER"), Instant.now().plusSeconds(300));
        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void R21_a_regulator_token_without_a_jurisdiction_is_401_rather_than_unfiltered() throws Exception {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of("haztrail_role", "REGULATOR"),
                Map.of("haztrail_role", "REGULATOR", "jurisdiction", ""))) {
            String token = token(IDP_KEY, "idp-regulator-9", claims, Instant.now().plusSeconds(300));
            mvc.perform(get("/api/v1/feed?after=0").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void R01_an_approved_application_registers_the_enterprise_whose_people_then_sign_in_at_the_identity_provider()
            throws Exception {
        String creditCode = TestCreditCodes.next("360203");
        String username = "idp-applicant-" + System.nanoTime();
        String application = """
                {"creditCode": "%s", "name": "令牌自注册企业", "regionCode": "360203", "address": "景德镇",
                 "contact": {"name": "联系人", "phone": "0798-8000000"}, "roles": ["PRODUCER"],
                 "managerUsername": "%s"}""".formatted(creditCode, username);
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/enrolment-applications")
                        .contentType(MediaType.APPLICATION_JSON).content(application))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String regulator = token(IDP_KEY, "idp-regulator-10", Map.of("haztrail_role", "REGULATOR",
                "jurisdiction", "360200"), Instant.now().plusSeconds(300));

        mvc.perform(post("/api/v1/enrolment-applications/" + id + "/approval")
                        .header("Authorization", "Bearer " + regulator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));

        assertThat(jdbc.queryForList("select id from account where username = ?", String.class, username)).isEmpty();
        mvc.perform(post("/api/v1/enrolment-applications/" + id + "/activation-token"))
                .andExpect(status().isNotFound());
        String person = token(IDP_KEY, "idp-user-11", Map.of("haztrail_role", "PRODUCER", "credit_code", creditCode),
                Instant.now().plusSeconds(300));
        String batch = """
                {"wasteCode": "900-249-08", "quantity": {"value": "50", "unit": "kg"}, "physicalForm": "LIQUID",
                 "packaging": {"type": "DRUM", "count": 1}, "hazardCharacteristics": ["T", "I"],
                 "mainComponents": "废机油", "generatedAt": "%s", "storageLocation": "暂存间"}"""
                .formatted(Instant.now().minusSeconds(3600));
        mvc.perform(post("/api/v1/batches").header("Authorization", "Bearer " + person)
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isCreated());
    }

    @Test
    void http_basic_is_not_accepted_in_production_mode() throws Exception {
        mvc.perform(get("/api/v1/enterprises").with(httpBasic("producer", "demo")))
                .andExpect(status().isUnauthorized());
    }

    private static String token(KeyPair key, String subject, Map<String, Object> claims, Instant expiry)
            throws Exception {
        var builder = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(expiry));
        claims.forEach(builder::claim);
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
