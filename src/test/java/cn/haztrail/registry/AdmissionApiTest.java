package cn.haztrail.registry;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.AdmitWaste;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.registry.api.CheckCarrier;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry's answers to the custody chain, through the real command bus and event store. */
@IntegrationTest
class AdmissionApiTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    private static AdmissionLine line(String code, String method, String tonnes) {
        return new AdmissionLine(code, method, tonnes == null ? null : new BigDecimal(tonnes));
    }

    private CommandRefused refusal(Object command) {
        return catchThrowableOfType(CommandRefused.class, () -> commands.sendAndWait(command));
    }

    @Test
    void R03_the_demo_recycler_is_named_for_waste_oil_by_R9_and_answers_its_licence() {
        Object licence = commands.sendAndWait(new CheckAdmission(DemoParties.SHENZHEN_RECYCLER,
                List.of(line("900-249-08", "R9", "12.5")), MAY, null));
        assertThat(licence).isEqualTo(UUID.nameUUIDFromBytes("粤危废经字第440300021号".getBytes()));
    }

    @Test
    void R03_the_demo_recycler_is_refused_waste_outside_its_licence() {
        CommandRefused refused = refusal(new CheckAdmission(DemoParties.SHENZHEN_RECYCLER,
                List.of(line("900-041-49", "R9", null)), MAY, null));
        assertThat(refused.rule()).isEqualTo("R03");
        assertThat(refused.field()).isEqualTo("lines[0].wasteCode");
    }

    @Test
    void R05_the_demo_collector_is_refused_final_disposal() {
        CommandRefused refused = refusal(new CheckAdmission(DemoParties.COLLECTOR,
                List.of(line("900-249-08", "D10", null)), MAY, null));
        assertThat(refused.rule()).isEqualTo("R05");
    }

    @Test
    void R04_admitted_waste_is_stored_and_moves_the_receivers_etag_on() throws Exception {
        String receiver = api.post(Api.ADMIN, "/api/v1/enterprises", RegistryRequests.enterprise("360222", "RECEIVER"))
                .andReturn().getResponse().getHeader("Location");
        api.post(Api.ADMIN, receiver + "/licences", RegistryRequests.licence(RegistryRequests.uniqueNumber("赣危废经字"),
                "COMPREHENSIVE", List.of("HW08"), List.of("D10"))).andExpect(status().isCreated());
        UUID id = UUID.fromString(receiver.substring(receiver.lastIndexOf('/') + 1));

        commands.sendAndWait(new AdmitWaste(id, UUID.randomUUID(), List.of(line("900-249-08", "D10", "4999")), MAY));
        api.get(Api.ADMIN, receiver).andExpect(header().string("ETag", "\"2\""));

        CommandRefused refused = refusal(new AdmitWaste(id, UUID.randomUUID(),
                List.of(line("900-249-08", "D10", "1.001")), MAY));
        assertThat(refused.rule()).isEqualTo("R04");
    }

    @Test
    void R02_the_demo_carrier_may_pick_up_with_its_own_vehicle_only() {
        commands.sendAndWait(new CheckCarrier(DemoParties.CARRIER, "赣H12345", MAY));

        CommandRefused refused = refusal(new CheckCarrier(DemoParties.CARRIER, "粤B00001", MAY));
        assertThat(refused.rule()).isEqualTo("R02");
        assertThat(refused.field()).isEqualTo("vehiclePlate");
    }
}
