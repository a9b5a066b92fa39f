package cn.haztrail.registry;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class VehicleAndPermitApiTest {

    private static final String DEMO_CARRIER = "/api/v1/enterprises/" + DemoParties.CARRIER;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    private static String plate() {
        return "赣H" + String.format("%05d", Math.floorMod(System.nanoTime(), 100_000));
    }

    @Test
    void R02_a_carrier_registers_its_own_vehicle() throws Exception {
        String plate = plate();
        api.post("carrier", DEMO_CARRIER + "/vehicles", Map.of("plate", plate, "operatingPermitNo", "赣交运管景字1号"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.plate").value(plate));
        api.get("carrier", DEMO_CARRIER).andExpect(jsonPath("$.vehicles[*].plate")
                .value(org.hamcrest.Matchers.hasItem(plate)));
    }

    @Test
    void R21_a_carrier_cannot_register_a_vehicle_for_another_enterprise() throws Exception {
        api.post("carrier", "/api/v1/enterprises/" + DemoParties.DISPOSAL_CENTRE + "/vehicles",
                        Map.of("plate", plate(), "operatingPermitNo", "赣交运管景字2号"))
                .andExpect(status().isForbidden());
    }

    @Test
    void R02_a_plate_is_registered_once() throws Exception {
        api.post(Api.ADMIN, DEMO_CARRIER + "/vehicles", Map.of("plate", "赣H12345", "operatingPermitNo", "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R02"));
    }

    @Test
    void a_malformed_plate_is_400() throws Exception {
        api.post(Api.ADMIN, DEMO_CARRIER + "/vehicles", Map.of("plate", "ABC", "operatingPermitNo", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plate"));
    }

    @Test
    void R02_a_transport_permit_is_granted_to_a_carrier_only() throws Exception {
        var permit = Map.of("number", RegistryRequests.uniqueNumber("赣交运管许可"), "validFrom", "2026-01-01",
                "validTo", "2029-12-31");
        api.post(Api.ADMIN, DEMO_CARRIER + "/permits", permit).andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(permit.get("number")));

        var another = Map.of("number", RegistryRequests.uniqueNumber("赣交运管许可"), "validFrom", "2026-01-01",
                "validTo", "2029-12-31");
        api.post(Api.ADMIN, "/api/v1/enterprises/" + DemoParties.CHEMICAL_PLANT + "/permits", another)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }
}
