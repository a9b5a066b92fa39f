package cn.haztrail.approval;

import cn.haztrail.approval.api.DrawOnApproval;
import cn.haztrail.demo.DemoParties;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApprovalApiTest {

    private static final String APPROVALS = "/api/v1/approvals";
    /** A regulator of Guangdong, the receiving province: reads approvals into it, grants none out of Jiangxi. */
    private static final String REGULATOR_GD = "regulator-gd-test";
    /** A regulator of 宜春, in Jiangxi but on neither side of the demo approvals. */
    private static final String REGULATOR_YC = "regulator-yc-test";

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
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        accounts.createIfAbsent(REGULATOR_GD, Api.DEMO_PASSWORD, Role.REGULATOR, null, "440000");
        accounts.createIfAbsent(REGULATOR_YC, Api.DEMO_PASSWORD, Role.REGULATOR, null, "360900");
    }

    /** The plant in 景德镇 (Jiangxi) sends waste mineral oil to the recycler in 深圳 (Guangdong) for R9. */
    private static Map<String, Object> approval() {
        Map<String, Object> body = new HashMap<>();
        body.put("number", "赣环固审〔2026〕" + System.nanoTime() + "号");
        body.put("consignorId", DemoParties.CHEMICAL_PLANT.toString());
        body.put("receiverId", DemoParties.SHENZHEN_RECYCLER.toString());
        body.put("wasteCodes", List.of("900-249-08"));
        body.put("methodCode", "R9");
        body.put("quantityCapTonnes", "500");
        body.put("validFrom", "2026-03-01");
        body.put("validTo", "2027-02-28");
        return body;
    }

    private String recorded(String regulator) throws Exception {
        return api.post(regulator, APPROVALS, approval()).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void R14_the_province_of_origin_records_an_approval() throws Exception {
        var body = approval();
        String location = api.post("regulator-jx", APPROVALS, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.number").value(body.get("number")))
                .andExpect(jsonPath("$.consignor.regionCode").value("360203"))
                .andExpect(jsonPath("$.receiver.regionCode").value("440306"))
                .andExpect(jsonPath("$.wasteCodes[0]").value("900-249-08"))
                .andExpect(jsonPath("$.quantityCapTonnes").value(500))
                .andExpect(jsonPath("$.drawnTonnes").value(0))
                .andExpect(jsonPath("$.remainingTonnes").value(500))
                .andExpect(jsonPath("$.nearCap").value(false))
                .andReturn().getResponse().getHeader("Location");

        assertThat(location).startsWith(APPROVALS + "/");
        api.get("regulator-jx", location).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void R14_a_city_regulator_whose_city_holds_the_consignor_records_it_too() throws Exception {
        api.post("regulator-jdz", APPROVALS, approval()).andExpect(status().isCreated());
    }

    @Test
    void R14_a_regulator_of_another_province_cannot_grant_for_the_origin() throws Exception {
        long before = api.storedEvents();
        api.post(REGULATOR_GD, APPROVALS, approval()).andExpect(status().isForbidden());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R21_parties_do_not_record_approvals() throws Exception {
        api.post("producer", APPROVALS, approval()).andExpect(status().isForbidden());
    }

    @Test
    void R14_an_approval_within_one_province_is_refused() throws Exception {
        var body = approval();
        body.put("receiverId", DemoParties.DISPOSAL_CENTRE.toString());
        body.put("methodCode", "D10");

        api.post("regulator-jx", APPROVALS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R14"))
                .andExpect(jsonPath("$.errors[0].field").value("receiverId"));
    }

    @Test
    void R14_an_approval_valid_for_13_months_is_refused() throws Exception {
        var body = approval();
        body.put("validTo", "2027-04-01");
        long before = api.storedEvents();

        api.post("regulator-jx", APPROVALS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R14"))
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R03_codes_outside_the_receivers_licence_are_refused() throws Exception {
        var body = approval();
        body.put("wasteCodes", List.of("900-249-08", "900-041-49"));

        api.post("regulator-jx", APPROVALS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R03"))
                .andExpect(jsonPath("$.errors[0].field").value("wasteCodes[1]"));
    }

    @Test
    void R03_a_method_outside_the_receivers_licence_is_refused() throws Exception {
        var body = approval();
        body.put("methodCode", "D10");

        api.post("regulator-jx", APPROVALS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R03"))
                .andExpect(jsonPath("$.errors[0].field").value("methodCode"));
    }

    @Test
    void R03_an_approval_cannot_outlast_the_receivers_licence() throws Exception {
        var body = approval();
        body.put("validFrom", "2028-06-01");
        body.put("validTo", "2029-05-31");

        api.post("regulator-jx", APPROVALS, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R03"))
                .andExpect(jsonPath("$.errors[0].field").value("receiverId"));
    }

    @Test
    void R14_an_approval_number_is_recorded_once() throws Exception {
        var body = approval();
        api.post("regulator-jx", APPROVALS, body).andExpect(status().isCreated());

        api.post("regulator-jdz", APPROVALS, body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    void a_request_without_codes_is_400() throws Exception {
        var body = approval();
        body.put("wasteCodes", List.of());
        api.post("regulator-jx", APPROVALS, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("wasteCodes"));
    }

    @Test
    void R21_regulators_of_either_side_and_the_two_parties_read_an_approval_and_nobody_else() throws Exception {
        String location = recorded("regulator-jx");

        for (String reader : List.of("regulator-jx", "regulator-jdz", REGULATOR_GD, "producer", "shenzhen")) {
            api.get(reader, location).andExpect(status().isOk());
        }
        for (String outsider : List.of(REGULATOR_YC, "hospital", "receiver", "carrier")) {
            api.get(outsider, location).andExpect(status().isNotFound());
        }
    }

    @Test
    void R21_lists_show_only_the_approvals_the_caller_may_read() throws Exception {
        String location = recorded("regulator-jx");
        String id = location.substring(location.lastIndexOf('/') + 1);

        for (String reader : List.of("regulator-jx", REGULATOR_GD, "producer", "shenzhen")) {
            assertThat(api.everyItems(reader, APPROVALS, "id")).as(reader).contains(id);
        }
        for (String outsider : List.of(REGULATOR_YC, "hospital", "cement")) {
            assertThat(api.everyItems(outsider, APPROVALS, "id")).as(outsider).doesNotContain(id);
        }
    }

    @Test
    void R14_an_approval_drawn_to_80_percent_is_near_its_cap() throws Exception {
        String location = recorded("regulator-jx");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        commands.sendAndWait(new DrawOnApproval(id, UUID.randomUUID(), new BigDecimal("400.000"),
                LocalDate.of(2026, 5, 1)));

        api.get("regulator-jx", location).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.drawnTonnes").value(400))
                .andExpect(jsonPath("$.remainingTonnes").value(100))
                .andExpect(jsonPath("$.nearCap").value(true));
    }
}
