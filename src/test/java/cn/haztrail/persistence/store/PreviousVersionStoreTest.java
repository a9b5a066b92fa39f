package cn.haztrail.persistence.store;

import cn.haztrail.oversight.integrity.IntegrityChecks;
import cn.haztrail.oversight.integrity.IntegrityStatus;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.shared.axon.admin.ProjectionReplays;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.OwnDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.CEMENT_PLANT;
import static cn.haztrail.demo.DemoParties.DISPOSAL_CENTRE;
import static cn.haztrail.demo.DemoParties.SHENZHEN_RECYCLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The store written by version 0.1 (the demo data, a licence amended, suspended and reinstated, an approval:
 * {@link StoreFixtureCapture}) is read by the current code with its old meaning: licences of one scope and one
 * method list read as lines, what they admitted still counts, the custody chain and indicators read the same, and
 * the imported hash chains verify and go on. Runs on a fresh in-memory H2 of its own, without demo data.
 */
@SpringBootTest(properties = {"haztrail.demo.enabled=false",
        OwnDatabase.URL + "previous-version-store" + OwnDatabase.OPTIONS})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviousVersionStoreTest {

    private static final String STORE = "/stores/v0.1-events.json";
    private static final UUID DISPOSAL_LICENCE = licence("赣危废经字第360200001号");
    private static final UUID CEMENT_LICENCE = licence("赣危废经字第360900007号");
    private static final UUID SHENZHEN_LICENCE = licence("粤危废经字第440300021号");
    private static final UUID MANIFEST = demo("manifest-1");
    private static final String REGULATOR = "regulator-jdz";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrityChecks integrity;
    Api api;

    @BeforeAll
    void importThePreviousVersionsStore(@Autowired EventStore events, @Autowired EventProcessingConfiguration processing,
                                        @Autowired PlatformTransactionManager transactions,
                                        @Autowired AccountService accounts,
                                        @Autowired ProjectionReplays replays) throws Exception {
        assertThat(PreviousVersionStore.importRows(STORE, jdbc)).isEqualTo(41);
        PreviousVersionStore.feedSubscribingViews(events, processing, transactions);
        // The oversight projections may have read the rows before the registry view knew the parties' regions.
        replays.replay("oversight");
        accounts.createIfAbsent(REGULATOR, Api.DEMO_PASSWORD, Role.REGULATOR, null, "360200");
        api = new Api(mvc, json, jdbc);
    }

    @Test
    void R03_a_licence_of_one_scope_reads_as_one_line_per_category_with_every_method() throws Exception {
        JsonNode licence = api.read(api.get(Api.ADMIN, "/api/v1/enterprises/" + DISPOSAL_CENTRE + "/licences/"
                + DISPOSAL_LICENCE).andExpect(status().isOk()));

        assertThat(licence.get("lines").valueStream().map(line -> line.get("scope").asString()))
                .containsExactly("HW01", "HW06", "HW08", "HW12", "HW17", "HW18", "HW49");
        assertThat(licence.get("lines").valueStream().map(line -> line.get("methods").toString()))
                .containsOnly("[\"D1\",\"D10\",\"D9\",\"R9\",\"Y10\"]");
        assertThat(licence.at("/lines/6/excludedCodes").toString()).isEqualTo("[\"900-044-49\"]");
        assertThat(licence.get("annualCapacityTonnes").decimalValue()).isEqualByComparingTo("30000");
    }

    @Test
    void R03_an_amendment_of_one_scope_reads_as_lines_with_codes_and_their_exclusions() throws Exception {
        JsonNode licence = api.read(api.get(Api.ADMIN, "/api/v1/enterprises/" + CEMENT_PLANT + "/licences/"
                + CEMENT_LICENCE).andExpect(status().isOk()));

        assertThat(licence.get("lines").valueStream().map(line -> line.get("scope").asString()))
                .containsExactly("HW08", "HW12", "HW17", "HW18", "HW49", "900-402-06");
        assertThat(licence.at("/lines/4/excludedCodes").toString()).isEqualTo("[\"900-044-49\",\"900-045-49\"]");
        assertThat(licence.at("/lines/5/methods").toString()).isEqualTo("[\"C1\",\"R9\"]");
        assertThat(licence.get("annualCapacityTonnes").decimalValue()).isEqualByComparingTo("45000");
    }

    @Test
    void R03_an_old_licence_still_admits_any_of_its_codes_by_any_method_it_listed() {
        Object licence = commands.sendAndWait(check(DISPOSAL_CENTRE, "841-001-01", "D1", "1"));

        assertThat(licence).isEqualTo(DISPOSAL_LICENCE);
    }

    @Test
    void R03_a_code_an_old_licence_excluded_stays_refused() {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class,
                () -> commands.sendAndWait(check(CEMENT_PLANT, "900-045-49", "C1", "1")));

        assertThat(refused.rule()).isEqualTo("R03");
        assertThat(refused.field()).isEqualTo("lines[0].wasteCode");
    }

    @Test
    void R03_a_method_an_old_licence_did_not_list_stays_refused() {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class,
                () -> commands.sendAndWait(check(DISPOSAL_CENTRE, "900-249-08", "C1", "1")));

        assertThat(refused.rule()).isEqualTo("R03");
        assertThat(refused.field()).isEqualTo("lines[0].methodCode");
    }

    @Test
    void R04_what_the_previous_version_admitted_still_counts_against_the_capacity() {
        // 30,000 t a year, of which the demo receipt admitted 1.180 t + 0.270 t.
        CommandRefused refused = catchThrowableOfType(CommandRefused.class,
                () -> commands.sendAndWait(check(DISPOSAL_CENTRE, "900-249-08", "D10", "29998.551")));

        assertThat(refused.rule()).isEqualTo("R04");
    }

    @Test
    void R04_waste_admitted_on_an_old_licence_is_stored_on_its_stream_and_every_hash_chain_verifies() {
        Object licence = commands.sendAndWait(new AdmitWaste(CEMENT_PLANT, UUID.randomUUID(),
                List.of(new AdmissionLine("900-402-06", "R9", new BigDecimal("2"))), LocalDate.of(2026, 12, 2)));

        assertThat(licence).isEqualTo(CEMENT_LICENCE);
        assertThat(integrity.all().status()).isEqualTo(IntegrityStatus.OK);
        assertThat(integrity.all().eventsChecked()).isGreaterThan(41);
    }

    @Test
    void R03_a_receiver_snapshotted_by_the_previous_version_is_rebuilt_from_its_events_and_still_admits() {
        // The Enterprise's fields as version 0.1 snapshotted them: its licence with one scope and one method list.
        jdbc.update("insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) values (?, 3, 'Enterprise', ?, "
                        + "'2026-12-02T17:25:31.000Z', 'cn.haztrail.registry.command.Enterprise', null, ?, ?)",
                SHENZHEN_RECYCLER.toString(), UUID.randomUUID().toString(), ("{\"enterpriseId\":\"" + SHENZHEN_RECYCLER
                        + "\",\"roles\":[\"RECEIVER\"],\"licences\":{\"licences\":{\"" + SHENZHEN_LICENCE
                        + "\":{\"id\":\"" + SHENZHEN_LICENCE + "\",\"number\":\"粤危废经字第440300021号\","
                        + "\"mode\":\"COMPREHENSIVE\",\"scope\":{\"categories\":[\"HW08\",\"HW17\"],\"codes\":[],"
                        + "\"excludedCodes\":[],\"empty\":false},\"methods\":[\"R4\",\"R9\"],"
                        + "\"annualCapacityTonnes\":20000,\"validFrom\":\"2024-01-01\",\"validTo\":\"2028-12-31\","
                        + "\"status\":\"ACTIVE\"}},\"admitted\":{},\"admittedManifests\":[]},\"permits\":{},"
                        + "\"plates\":[]}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        Object licence = commands.sendAndWait(check(SHENZHEN_RECYCLER, "336-064-17", "R4", "1"));

        assertThat(licence).isEqualTo(SHENZHEN_LICENCE);
    }

    @Test
    void R24_the_custody_chain_of_an_old_manifest_reads_as_it_was_recorded() throws Exception {
        JsonNode chain = api.read(api.get(REGULATOR, "/api/v1/oversight/custody/manifests/" + MANIFEST)
                .andExpect(status().isOk()));

        assertThat(chain.at("/state/status").asString()).isEqualTo("RECEIVED");
        assertThat(chain.get("entries").valueStream().map(entry -> entry.get("eventType").asString()))
                .contains("ManifestDrafted", "ManifestPickedUp", "DiscrepancyRecorded", "ManifestReceived",
                        "BatchDisposed");
    }

    @Test
    void indicators_count_the_previous_versions_history() throws Exception {
        new StreamingProcessors(api, jdbc).awaitCaughtUp("oversight");
        JsonNode totals = api.read(api.get(REGULATOR, "/api/v1/oversight/indicators?region=360200"
                + "&from=2026-11-01&to=2026-12-03").andExpect(status().isOk())).get("totals");

        assertThat(new BigDecimal(totals.get("generated").asString())).isEqualByComparingTo("2.380");
        assertThat(new BigDecimal(totals.get("incinerated").asString())).isEqualByComparingTo("1.180");
    }

    @Test
    void R04_a_manifest_the_previous_version_admitted_is_not_admitted_again() {
        CommandRefused again = catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(new AdmitWaste(
                DISPOSAL_CENTRE, MANIFEST, List.of(new AdmissionLine("900-249-08", "D10", BigDecimal.ONE)),
                LocalDate.of(2026, 12, 2))));

        assertThat(again).isNotNull();
        assertThat(again.reason()).isEqualTo(RefusalReason.CONFLICT);
    }

    private static CheckAdmission check(UUID receiver, String code, String method, String tonnes) {
        return new CheckAdmission(receiver, List.of(new AdmissionLine(code, method, new BigDecimal(tonnes))),
                LocalDate.of(2026, 12, 2), null);
    }

    private static UUID licence(String number) {
        return UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8));
    }

    private static UUID demo(String name) {
        return UUID.nameUUIDFromBytes(("haztrail-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
