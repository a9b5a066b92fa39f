package cn.haztrail.collection;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Collection rounds through the API: one manifest per producer as a stop (R42-R44), and who may change them (R21). */
@IntegrationTest
class CollectionRoundApiTest {

    private static final String ROUNDS = "/api/v1/collection-rounds";
    /** The cement plant is a producer too: an account acting for it as one drafts its manifests. */
    private static final String CEMENT_PRODUCER = "cement-producer-round";
    private static final String PLATE = "赣H12345";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    Api api;
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        accounts.createIfAbsent(CEMENT_PRODUCER, Api.DEMO_PASSWORD, Role.PRODUCER, DemoParties.CEMENT_PLANT, null);
    }

    @Test
    void R43_a_round_calls_at_three_producers_each_on_its_own_manifest() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        List<String> manifests = List.of(oilToCollector("producer"), oilToCollector("hospital"),
                oilToCollector(CEMENT_PRODUCER));

        for (String manifest : manifests) {
            api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", manifest))
                    .andExpect(status().isOk());
        }

        api.get("producer", ROUNDS + "/" + round).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.stops.length()").value(3))
                .andExpect(jsonPath("$.stops[0].stopNo").value(1))
                .andExpect(jsonPath("$.stops[0].manifestId").value(manifests.get(0)))
                .andExpect(jsonPath("$.stops[0].producerId").value(DemoParties.CHEMICAL_PLANT.toString()))
                .andExpect(jsonPath("$.stops[0].manifestStatus").value("SUBMITTED"))
                .andExpect(jsonPath("$.stops[1].producerId").value(DemoParties.HOSPITAL.toString()))
                .andExpect(jsonPath("$.stops[2].stopNo").value(3))
                .andExpect(jsonPath("$.stops[2].producerId").value(DemoParties.CEMENT_PLANT.toString()));
    }

    @Test
    void R43_a_stop_whose_manifest_goes_to_another_receiver_is_refused() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        String toDisposalCentre = flow.submittedOil(1).id();
        long before = api.storedEvents();

        api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", toDisposalCentre))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R43"))
                .andExpect(jsonPath("$.errors[0].field").value("manifestId"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R43_a_second_manifest_of_the_same_producer_is_refused() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", oilToCollector("producer")))
                .andExpect(status().isOk());

        api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", oilToCollector("producer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R43"));
    }

    @Test
    void R44_a_medical_stop_the_round_would_collect_after_its_48_hours_is_refused() throws Exception {
        // Generated a day ago: its 48 hours end tomorrow, before the end of a round five days from now.
        String round = plan("receiver", DemoParties.DISPOSAL_CENTRE, LocalDate.now(CHINA).plusDays(5));
        String medical = medicalToDisposalCentre();
        long before = api.storedEvents();

        api.post("receiver", ROUNDS + "/" + round + "/stops", Map.of("manifestId", medical))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("R44"))
                .andExpect(jsonPath("$.errors[0].field").value("manifestId"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R44_a_medical_stop_collected_today_is_within_its_48_hours() throws Exception {
        String round = plan("receiver", DemoParties.DISPOSAL_CENTRE, LocalDate.now(CHINA));
        String medical = medicalToDisposalCentre();

        api.post("receiver", ROUNDS + "/" + round + "/stops", Map.of("manifestId", medical))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stops[0].producerId").value(DemoParties.HOSPITAL.toString()));
    }

    @Test
    void R21_another_collector_cannot_add_stops_nor_see_the_round() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        String manifest = oilToCollector("producer");
        long before = api.storedEvents();

        // The disposal centre runs rounds of its own (medical waste), not this one.
        api.post("receiver", ROUNDS + "/" + round + "/stops", Map.of("manifestId", manifest))
                .andExpect(status().isNotFound());
        api.get("receiver", ROUNDS + "/" + round).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R42_a_round_is_planned_only_by_a_member_of_its_collector() throws Exception {
        long before = api.storedEvents();

        api.post("receiver", ROUNDS, planBody(DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25)))
                .andExpect(status().isForbidden());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void R42_a_round_sets_out_with_its_stops_and_then_takes_no_more() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", oilToCollector("producer")))
                .andExpect(status().isOk());
        api.post("collector", ROUNDS + "/" + round + "/start", Map.of())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("STARTED"));

        api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", oilToCollector("hospital")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R42"));
    }

    @Test
    void R21_round_lists_hold_the_rounds_of_the_caller_and_of_its_jurisdiction_only() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", oilToCollector("producer")))
                .andExpect(status().isOk());

        for (String viewer : List.of("collector", "producer", "carrier", "regulator-jx")) {
            assertThat(listed(viewer)).as("rounds listed to %s", viewer).contains(round);
        }
        for (String stranger : List.of("carrier2", "hospital", "receiver")) {
            assertThat(listed(stranger)).as("rounds listed to %s", stranger).doesNotContain(round);
        }
    }

    @Test
    void R43_stops_picked_up_out_of_their_order_are_shown_in_the_order_of_pickup() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        Stop first = oilStop("producer");
        Stop second = oilStop(CEMENT_PRODUCER);
        addAndStart(round, first, second);

        flow.pickUp("carrier", second.manifestId(), PLATE, List.of(second.labelId()));
        flow.pickUp("carrier", first.manifestId(), PLATE, List.of(first.labelId()));

        api.get("producer", ROUNDS + "/" + round).andExpect(status().isOk())
                .andExpect(jsonPath("$.stops[0].stopNo").value(1))
                .andExpect(jsonPath("$.stops[0].pickedUp").value(true))
                .andExpect(jsonPath("$.stops[0].pickedUpAt").isNotEmpty())
                .andExpect(jsonPath("$.stops[0].pickupNo").value(2))
                .andExpect(jsonPath("$.stops[1].pickupNo").value(1))
                .andExpect(jsonPath("$.stops[1].manifestStatus").value("IN_TRANSIT"));
    }

    @Test
    void R42_a_round_completes_when_its_vehicle_is_back_and_releases_the_stop_it_did_not_collect() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        Stop missed = oilStop("producer");
        Stop collected = oilStop(CEMENT_PRODUCER);
        addAndStart(round, missed, collected);
        flow.pickUp("carrier", collected.manifestId(), PLATE, List.of(collected.labelId()));

        api.post("collector", ROUNDS + "/" + round + "/completion", Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.stops[0].notCollected").value(true))
                .andExpect(jsonPath("$.stops[0].pickedUp").value(false))
                .andExpect(jsonPath("$.stops[1].notCollected").value(false))
                .andExpect(jsonPath("$.stops[1].pickupNo").value(1));
        String next = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 26));
        api.post("collector", ROUNDS + "/" + next + "/stops", Map.of("manifestId", missed.manifestId()))
                .andExpect(status().isOk());
    }

    @Test
    void R43_a_manifest_waiting_on_another_round_is_refused() throws Exception {
        String round = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 25));
        String manifest = oilToCollector("producer");
        api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", manifest))
                .andExpect(status().isOk());
        String other = plan("collector", DemoParties.COLLECTOR, LocalDate.of(2026, 11, 26));
        long before = api.storedEvents();

        api.post("collector", ROUNDS + "/" + other + "/stops", Map.of("manifestId", manifest))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("R43"))
                .andExpect(jsonPath("$.errors[0].field").value("manifestId"));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    private record Stop(String manifestId, String labelId) {
    }

    private void addAndStart(String round, Stop... stops) throws Exception {
        for (Stop stop : stops) {
            api.post("collector", ROUNDS + "/" + round + "/stops", Map.of("manifestId", stop.manifestId()))
                    .andExpect(status().isOk());
        }
        api.post("collector", ROUNDS + "/" + round + "/start", Map.of()).andExpect(status().isOk());
    }

    /** A producer's submitted oil manifest to the collector, with the label the carrier scans at pickup. */
    private Stop oilStop(String producer) throws Exception {
        JsonNode batch = flow.registerBatch(producer, "900-249-08", "200", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String id = flow.draft(producer, DemoParties.COLLECTOR, List.of(DemoParties.CARRIER), PLATE,
                List.of(batch.get("id").asText()), "HTC1", Map.of()).get("id").asText();
        flow.submit(producer, id);
        return new Stop(id, batch.get("labelId").asText());
    }

    private List<String> listed(String user) throws Exception {
        JsonNode page = api.read(api.get(user, ROUNDS + "?size=200").andExpect(status().isOk()));
        List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private String plan(String user, UUID collector, LocalDate day) throws Exception {
        return api.read(api.post(user, ROUNDS, planBody(collector, day)).andExpect(status().isCreated()))
                .get("id").asText();
    }

    private static Map<String, Object> planBody(UUID collector, LocalDate day) {
        return Map.of("collectorId", collector.toString(), "carrierId", DemoParties.CARRIER.toString(),
                "vehiclePlate", PLATE, "plannedDay", day.toString());
    }

    /** A producer's waste mineral oil, on a submitted manifest to the collector by 安运 in the round's vehicle. */
    private String oilToCollector(String producer) throws Exception {
        JsonNode batch = flow.registerBatch(producer, "900-249-08", "200", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String id = flow.draft(producer, DemoParties.COLLECTOR, List.of(DemoParties.CARRIER), PLATE,
                List.of(batch.get("id").asText()), "HTC1", Map.of()).get("id").asText();
        flow.submit(producer, id);
        return id;
    }

    /** The hospital's infectious waste generated a day ago, drafted to the disposal centre for incineration. */
    private String medicalToDisposalCentre() throws Exception {
        JsonNode batch = flow.registerBatch("hospital", "841-001-01", "35.2", "SOLID", "BOX", 3, List.of("In"));
        return flow.draft("hospital", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE,
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
    }
}
