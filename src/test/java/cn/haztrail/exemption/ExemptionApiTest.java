package cn.haztrail.exemption;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.exemption.api.CheckExemption;
import cn.haztrail.exemption.api.ConfirmExemptionDraw;
import cn.haztrail.exemption.api.ExemptionLookup;
import cn.haztrail.exemption.api.ReserveExemptionDraw;
import cn.haztrail.exemption.application.ExemptionDrawing;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording, revoking, reading and drawing on targeted-utilization exemptions through the API (R36, R37, R21). */
@IntegrationTest
class ExemptionApiTest {

    private static final String EXEMPTIONS = "/api/v1/exemptions";
    /** A regulator of 宜春, where the utilizer is: reads the exemption, grants none for a 景德镇 producer. */
    private static final String REGULATOR_YC = "regulator-yc-exemption";
    /** A regulator of Guangdong: on neither side. */
    private static final String REGULATOR_GD = "regulator-gd-exemption";
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    CommandGateway commands;
    @Autowired
    ExemptionDrawing drawing;
    @Autowired
    ExemptionLookup lookup;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        accounts.createIfAbsent(REGULATOR_YC, Api.DEMO_PASSWORD, Role.REGULATOR, null, "360900");
        accounts.createIfAbsent(REGULATOR_GD, Api.DEMO_PASSWORD, Role.REGULATOR, null, "440000");
    }

    /** The plant in 景德镇 sends waste mineral oil to the cement plant in 宜春 for R9, 100 t over a year. */
    private static Map<String, Object> exemption() {
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", DemoParties.CHEMICAL_PLANT.toString());
        body.put("utilizerId", DemoParties.CEMENT_PLANT.toString());
        body.put("wasteCode", "900-249-08");
        body.put("methodCode", "R9");
        body.put("quantityCapTonnes", "100");
        body.put("validFrom", "2026-03-01");
        body.put("validTo", "2027-02-28");
        return body;
    }

    private String recorded() throws Exception {
        return api.post("regulator-jdz", EXEMPTIONS, exemption()).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
    }

    private static UUID idOf(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void R36_the_producers_regulator_records_an_exemption() throws Exception {
        String location = api.post("regulator-jdz", EXEMPTIONS, exemption())
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.producer.regionCode").value("360203"))
                .andExpect(jsonPath("$.utilizer.name").value("宜春市丰城南方水泥有限公司"))
                .andExpect(jsonPath("$.wasteCode").value("900-249-08"))
                .andExpect(jsonPath("$.methodCode").value("R9"))
                .andExpect(jsonPath("$.quantityCapTonnes").value(100))
                .andExpect(jsonPath("$.remainingTonnes").value(100))
                .andReturn().getResponse().getHeader("Location");

        assertThat(location).startsWith(EXEMPTIONS + "/");
        api.get("regulator-jdz", location).andExpect(status().isOk()).andExpect(jsonPath("$.draws").isEmpty());
    }

    @Test
    void R36_a_regulator_whose_jurisdiction_lacks_the_producer_cannot_grant() throws Exception {
        long before = api.storedEvents();
        api.post(REGULATOR_YC, EXEMPTIONS, exemption()).andExpect(status().isForbidden());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R21_parties_do_not_record_exemptions() throws Exception {
        api.post("producer", EXEMPTIONS, exemption()).andExpect(status().isForbidden());
    }

    @Test
    void R36_a_disposal_method_is_refused_with_a_problem_naming_the_field_and_rule() throws Exception {
        var body = exemption();
        body.put("methodCode", "D10");
        long before = api.storedEvents();

        api.post("regulator-jdz", EXEMPTIONS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R36"))
                .andExpect(jsonPath("$.errors[0].field").value("methodCode"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R36_a_utilizer_that_is_not_a_receiver_is_refused_in_chinese() throws Exception {
        var body = exemption();
        body.put("utilizerId", DemoParties.CARRIER.toString());

        api.post("regulator-jdz", EXEMPTIONS, body, "Accept-Language", "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R36"))
                .andExpect(jsonPath("$.errors[0].field").value("utilizerId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未登记为接受单位")));
    }

    @Test
    void R36_an_exemption_ending_before_it_starts_is_refused() throws Exception {
        var body = exemption();
        body.put("validTo", "2026-02-28");

        api.post("regulator-jdz", EXEMPTIONS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R36"))
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
    }

    @Test
    void a_request_without_a_cap_is_400() throws Exception {
        var body = exemption();
        body.remove("quantityCapTonnes");

        api.post("regulator-jdz", EXEMPTIONS, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantityCapTonnes"));
    }

    @Test
    void R21_regulators_of_either_side_and_the_two_parties_read_an_exemption_and_nobody_else() throws Exception {
        String location = recorded();

        for (String reader : List.of("regulator-jx", "regulator-jdz", REGULATOR_YC, "producer", "cement")) {
            api.get(reader, location).andExpect(status().isOk());
        }
        for (String outsider : List.of(REGULATOR_GD, "hospital", "receiver", "shenzhen", "carrier")) {
            api.get(outsider, location).andExpect(status().isNotFound());
        }
    }

    @Test
    void R21_lists_show_only_the_exemptions_the_caller_may_read() throws Exception {
        String id = idOf(recorded()).toString();

        for (String reader : List.of("regulator-jx", REGULATOR_YC, "producer", "cement")) {
            assertThat(api.everyItems(reader, EXEMPTIONS, "id")).as(reader).contains(id);
        }
        for (String outsider : List.of(REGULATOR_GD, "hospital", "shenzhen")) {
            assertThat(api.everyItems(outsider, EXEMPTIONS, "id")).as(outsider).doesNotContain(id);
        }
    }

    @Test
    void R37_a_draw_beyond_the_cap_is_refused_and_the_refusal_is_kept_for_the_regulator() throws Exception {
        String location = recorded();
        UUID id = idOf(location);
        UUID manifest = UUID.randomUUID();

        assertThatThrownBy(() -> drawing.reserve(new ReserveExemptionDraw(id, manifest, new BigDecimal("120"), MAY)))
                .isInstanceOf(CommandRefused.class);

        api.get("regulator-jdz", location).andExpect(status().isOk())
                .andExpect(jsonPath("$.drawnTonnes").value(0))
                .andExpect(jsonPath("$.draws[0].kind").value("REFUSED"))
                .andExpect(jsonPath("$.draws[0].rule").value("R37"))
                .andExpect(jsonPath("$.draws[0].manifestId").value(manifest.toString()));
    }

    @Test
    void R37_a_confirmed_draw_shows_in_the_quantity_left_and_the_lookup() throws Exception {
        String location = recorded();
        UUID id = idOf(location);
        UUID manifest = UUID.randomUUID();

        drawing.reserve(new ReserveExemptionDraw(id, manifest, new BigDecimal("40"), MAY));
        commands.sendAndWait(new ConfirmExemptionDraw(id, manifest, new BigDecimal("40")));

        api.get("producer", location).andExpect(status().isOk())
                .andExpect(jsonPath("$.drawnTonnes").value(40))
                .andExpect(jsonPath("$.remainingTonnes").value(60))
                .andExpect(jsonPath("$.draws[0].kind").value("DRAWN"));
        assertThat(lookup.check(new CheckExemption(id, DemoParties.CHEMICAL_PLANT, DemoParties.CEMENT_PLANT,
                "900-249-08", "R9", new BigDecimal("60"), MAY)).remainingTonnes()).isEqualByComparingTo("60");
    }

    @Test
    void R37_the_lookup_finds_an_exemption_for_the_line_until_it_is_revoked() throws Exception {
        String location = recorded();
        UUID id = idOf(location);
        assertThat(lookup.covering(DemoParties.CHEMICAL_PLANT, DemoParties.CEMENT_PLANT, "900-249-08", "R9", MAY))
                .isPresent();

        api.post("regulator-jdz", location + "/revocation", Map.of("reason", "利用单位整改"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokeReason").value("利用单位整改"))
                .andExpect(jsonPath("$.revokedAt").exists());

        assertThat(lookup.covering(DemoParties.CHEMICAL_PLANT, DemoParties.CEMENT_PLANT, "900-249-08", "R9", MAY))
                .map(cover -> cover.exemptionId()).isNotEqualTo(java.util.Optional.of(id));
        assertThatThrownBy(() -> lookup.check(new CheckExemption(id, DemoParties.CHEMICAL_PLANT,
                DemoParties.CEMENT_PLANT, "900-249-08", "R9", null, MAY)))
                .isInstanceOfSatisfying(CommandRefused.class, refused -> assertThat(refused.rule()).isEqualTo("R37"));
    }

    @Test
    void R36_only_the_producers_regulator_revokes() throws Exception {
        String location = recorded();

        api.post(REGULATOR_YC, location + "/revocation", Map.of("reason", "x")).andExpect(status().isForbidden());
        api.post(REGULATOR_GD, location + "/revocation", Map.of("reason", "x")).andExpect(status().isNotFound());
    }
}
