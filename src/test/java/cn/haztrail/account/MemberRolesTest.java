package cn.haztrail.account;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.CARRIER;
import static cn.haztrail.demo.DemoParties.CHEMICAL_PLANT;
import static cn.haztrail.demo.DemoParties.HOSPITAL;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Roles inside an enterprise (R29): a manager manages members and acts, a clerk acts, a driver only picks up, hands
 * over and arrives for its carrier, a viewer reads; a person acts only for enterprises it is an enabled member of.
 */
@IntegrationTest
class MemberRolesTest {

    private static final String HOSPITAL_CREDIT_CODE = "12360200491567032D";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    People people;
    People.Person manager;

    @BeforeEach
    void aManagerOfTheChemicalPlant() throws Exception {
        people = new People(mvc, json);
        manager = people.manager(CHEMICAL_PLANT);
    }

    @Test
    void R29_a_clerk_added_by_the_manager_registers_a_batch() throws Exception {
        People.Person clerk = people.member(manager, CHEMICAL_PLANT, "CLERK");

        people.post(clerk, "/api/v1/batches", batch()).andExpect(status().isCreated());
    }

    @Test
    void R29_a_viewer_reads_but_cannot_write() throws Exception {
        People.Person viewer = people.member(manager, CHEMICAL_PLANT, "VIEWER");

        people.get(viewer, "/api/v1/batches").andExpect(status().isOk());
        people.post(viewer, "/api/v1/batches", batch()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("R21"));
    }

    @Test
    void R29_a_driver_cannot_draft_a_manifest() throws Exception {
        People.Person driver = people.member(manager, CHEMICAL_PLANT, "DRIVER");

        people.post(driver, "/api/v1/manifests", Map.of()).andExpect(status().isForbidden());
    }

    @Test
    void R29_a_carriers_driver_may_confirm_arrival_but_not_register_vehicles() throws Exception {
        People.Person carrierManager = people.manager(CARRIER);
        People.Person driver = people.member(carrierManager, CARRIER, "DRIVER");

        people.post(driver, "/api/v1/manifests/" + UUID.randomUUID() + "/arrival",
                Map.of("arrivedAt", Instant.now().toString())).andExpect(status().isNotFound());
        people.post(driver, "/api/v1/enterprises/" + CARRIER + "/vehicles", Map.of("plate", "赣H99999",
                "operatingPermitNo", "赣交运管景字360200099999号")).andExpect(status().isForbidden());
    }

    @Test
    void R29_a_clerk_cannot_manage_members() throws Exception {
        People.Person clerk = people.member(manager, CHEMICAL_PLANT, "CLERK");

        people.get(clerk, "/api/v1/enterprises/" + CHEMICAL_PLANT + "/members").andExpect(status().isForbidden());
    }

    @Test
    void R29_a_member_of_one_enterprise_cannot_act_for_another() throws Exception {
        people.get(manager, "/api/v1/batches", "X-Acting-For", HOSPITAL.toString()).andExpect(status().isForbidden());
        people.get(manager, "/api/v1/enterprises/" + HOSPITAL + "/members").andExpect(status().isForbidden());
    }

    @Test
    void R29_a_person_of_two_enterprises_names_the_one_it_acts_for() throws Exception {
        mvc.perform(post("/api/v1/enterprises/" + HOSPITAL + "/members").with(basic("hospital"))
                        .contentType("application/json")
                        .content(json.writeValueAsString(Map.of("accountId", manager.accountId(), "role", "VIEWER"))))
                .andExpect(status().isCreated());

        people.get(manager, "/api/v1/batches").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("X-Acting-For"));
        people.get(manager, "/api/v1/accounts/me").andExpect(status().isOk())
                .andExpect(jsonPath("$.memberships.length()").value(2));
        people.get(manager, "/api/v1/batches", "X-Acting-For", HOSPITAL_CREDIT_CODE).andExpect(status().isOk());
        people.post(manager, "/api/v1/batches", batch(), "X-Acting-For", HOSPITAL_CREDIT_CODE)
                .andExpect(status().isForbidden());
        people.post(manager, "/api/v1/batches", batch(), "X-Acting-For", CHEMICAL_PLANT.toString())
                .andExpect(status().isCreated());
    }

    @Test
    void R29_a_disabled_member_cannot_sign_in_until_enabled_again() throws Exception {
        People.Person clerk = people.member(manager, CHEMICAL_PLANT, "CLERK");
        String member = "/api/v1/enterprises/" + CHEMICAL_PLANT + "/members/" + clerk.accountId();

        people.post(manager, member + "/disable", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        people.get(clerk, "/api/v1/batches").andExpect(status().isUnauthorized());

        people.post(manager, member + "/enable", null).andExpect(status().isOk());
        people.get(clerk, "/api/v1/batches").andExpect(status().isOk());
    }

    @Test
    void R29_a_managers_role_change_takes_effect_at_the_next_request() throws Exception {
        People.Person clerk = people.member(manager, CHEMICAL_PLANT, "CLERK");

        people.post(manager, "/api/v1/enterprises/" + CHEMICAL_PLANT + "/members/" + clerk.accountId() + "/role",
                Map.of("role", "VIEWER")).andExpect(status().isOk()).andExpect(jsonPath("$.memberRole").value("VIEWER"));

        people.post(clerk, "/api/v1/batches", batch()).andExpect(status().isForbidden());
    }

    @Test
    void R29_a_manager_cannot_disable_itself() throws Exception {
        people.post(manager, "/api/v1/enterprises/" + CHEMICAL_PLANT + "/members/" + manager.accountId()
                + "/disable", null).andExpect(status().isConflict());
    }

    @Test
    void R29_the_manager_lists_the_members_of_its_enterprise() throws Exception {
        People.Person clerk = people.member(manager, CHEMICAL_PLANT, "CLERK");

        people.get(manager, "/api/v1/enterprises/" + CHEMICAL_PLANT + "/members").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.accountId == '" + clerk.accountId() + "')].memberRole").value("CLERK"));
    }

    private static Map<String, Object> batch() {
        return Map.of("wasteCode", "900-249-08", "quantity", Map.of("value", "50", "unit", "kg"),
                "physicalForm", "LIQUID", "packaging", Map.of("type", "DRUM", "count", 1),
                "hazardCharacteristics", List.of("T", "I"), "mainComponents", "废机油",
                "generatedAt", Instant.now().minusSeconds(3600).toString(), "storageLocation", "暂存间");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String demoUser) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(demoUser, Api.DEMO_PASSWORD);
    }
}
