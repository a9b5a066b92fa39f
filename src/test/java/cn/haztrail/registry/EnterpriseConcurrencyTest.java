package cn.haztrail.registry;

import cn.haztrail.support.LicenceBodies;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static cn.haztrail.support.Racing.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writers racing for one enterprise's stream: receipts admitting waste inside their multi-aggregate transactions
 * (as the manifest steps do) and administrators amending its licence. A lost race for the next sequence number is
 * retried, so each write succeeds or fails for a domain reason, never with a concurrency conflict; a stale If-Match
 * stays a 412.
 */
@IntegrationTest
class EnterpriseConcurrencyTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    RetryingTransaction transaction;

    Api api;
    UUID receiverId;
    String licence;

    @BeforeEach
    void registerReceiverWithLicence() throws Exception {
        api = new Api(mvc, json, jdbc);
        String receiver = api.post(Api.ADMIN, "/api/v1/enterprises", RegistryRequests.enterprise("360222", "RECEIVER"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        receiverId = UUID.fromString(receiver.substring(receiver.lastIndexOf('/') + 1));
        licence = api.post(Api.ADMIN, receiver + "/licences", RegistryRequests.licence(
                        RegistryRequests.uniqueNumber("赣危废经字"), "COMPREHENSIVE", List.of("HW08"), List.of("D10")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    @Test
    void R04_racing_admissions_and_amendments_of_one_enterprise_all_succeed() throws Exception {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> admit(UUID.randomUUID()));
            calls.add(() -> statusOf(api.post(Api.ADMIN, licence + "/amend", amendment())));
        }

        List<String> outcomes = race(calls);

        assertThat(outcomes).containsOnly("200");
        assertThat(events("WasteAdmitted")).isEqualTo(4);
        assertThat(events("LicenceAmended")).isEqualTo(4);
    }

    @Test
    void R04_a_duplicate_admission_racing_the_first_is_refused_for_its_domain_reason() throws Exception {
        UUID manifestId = UUID.randomUUID();

        List<String> outcomes = race(List.of(() -> admit(manifestId), () -> admit(manifestId)));

        assertThat(outcomes).containsExactlyInAnyOrder("200", "refused CONFLICT");
        assertThat(events("WasteAdmitted")).isEqualTo(1);
    }

    @Test
    void a_stale_if_match_is_still_412_and_not_retried() throws Exception {
        api.post(Api.ADMIN, licence + "/amend", amendment()).andExpect(status().isOk());

        api.post(Api.ADMIN, licence + "/amend", amendment(), "If-Match", "\"1\"")
                .andExpect(status().isPreconditionFailed());
        assertThat(events("LicenceAmended")).isEqualTo(1);
    }

    /** Admits one tonne in a transaction that stays open a little after the append, as a receipt step does. */
    private String admit(UUID manifestId) {
        try {
            transaction.execute(() -> {
                commands.sendAndWait(new AdmitWaste(receiverId, manifestId,
                        List.of(new AdmissionLine("900-249-08", "D10", BigDecimal.ONE)), MAY));
                pause();
                return null;
            });
            return "200";
        } catch (CommandRefused refused) {
            return "refused " + refused.reason();
        }
    }

    private static Map<String, Object> amendment() {
        return Map.of("lines", LicenceBodies.lines(List.of("HW08"), List.of("D10")),
                "annualCapacityTonnes", "5000", "validTo", "2028-12-31", "reason", "核定");
    }

    private long events(String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, receiverId.toString(), "%." + type);
    }

    private static String statusOf(org.springframework.test.web.servlet.ResultActions result) {
        return String.valueOf(result.andReturn().getResponse().getStatus());
    }

    private static void pause() {
        try {
            Thread.sleep(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
