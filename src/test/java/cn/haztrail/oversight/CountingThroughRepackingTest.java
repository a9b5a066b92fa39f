package cn.haztrail.oversight;

import cn.haztrail.shared.security.AccountService;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R45, each tonne counted once through splits and consolidations, on the round of {@link RepackingRound}: five
 * producers, one collector, two consolidations, one split of a partly accepted batch whose part not accepted goes back
 * to its producer on a return manifest, two final facilities. Every
 * figure below is worked out by hand from that round.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountingThroughRepackingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    Api api;
    RepackingRound round;
    String period;

    @BeforeAll
    void runTheRound() throws Exception {
        api = new Api(mvc, json, jdbc);
        round = RepackingRound.once(api, accounts);
        LocalDate today = LocalDate.now(SHANGHAI);
        period = "from=" + today.minusDays(30) + "&to=" + today;
        // all of them: the custody processes append the round's last steps, which oversight must then count too
        new StreamingProcessors(api, jdbc).awaitAllCaughtUp();
    }

    @Test
    void R45_generation_counts_once_at_the_original_producers_and_never_for_a_repacked_batch() throws Exception {
        // a 10 + b 6 + c 4 + d 8 + e 5 + f 1 = 34 t; K1 15.6 t, e1 2 t, e2 3 t and K2 11 t were made, not generated
        assertThat(origin("430100").get("generated").asText()).isEqualTo("34.000");
        // received by any receiver, counted at the first receipt: 10 + 6 + 4 + 8 + 3 (e's partial receipt) = 31 t
        assertThat(origin("430100").get("received").asText()).isEqualTo("31.000");
    }

    @Test
    void R45_treatment_of_a_consolidation_counts_for_its_origins_pro_rata() throws Exception {
        // K1 took a 10 t and b 6 t of 16 t: a's part 10/16 = 0.625. Loss 0.4 × 0.625 = 0.25 t leaves a's stock
        // untreated; incinerated 15.6 × 0.625 = 9.75 t; in storage at the end 10 − 0.25 − 9.75 = 0
        JsonNode p1 = origin("430102");
        assertThat(p1.get("generated").asText()).isEqualTo("10.000");
        assertThat(p1.get("incinerated").asText()).isEqualTo("9.750");
        assertThat(p1.get("disposed").asText()).isEqualTo("9.750");
        assertThat(p1.get("utilized").asText()).isEqualTo("0.000");
        assertThat(p1.get("inStorageAtEnd").asText()).isEqualTo("0.000");
        // rate 9.75 / 10
        assertThat(p1.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.9750");
        // b's part 6/16 = 0.375: loss 0.15 t, incinerated 5.85 t, nothing left; rate 5.85 / 6
        JsonNode p2 = origin("430103");
        assertThat(p2.get("generated").asText()).isEqualTo("6.000");
        assertThat(p2.get("incinerated").asText()).isEqualTo("5.850");
        assertThat(p2.get("inStorageAtEnd").asText()).isEqualTo("0.000");
        assertThat(p2.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.9750");
    }

    @Test
    void R45_treatment_through_a_split_and_a_second_consolidation_reaches_the_origins() throws Exception {
        // K2 took c 4, d 4 and e2 3 of 11 t; e2 is 3 t of e (split with e1 2 t): utilized 4 + 4 + 3 = 11 t.
        // 开福区 generated c 4 + d 8 + e 5 + f 1 = 18 t; in storage at the end d's other 4 t (at the collector),
        // e1 2 t (e's part not accepted, split off, returned to P5) and f 1 t (at its producer) = 7 t
        JsonNode kaifu = origin("430105");
        assertThat(kaifu.get("generated").asText()).isEqualTo("18.000");
        assertThat(kaifu.get("utilized").asText()).isEqualTo("11.000");
        assertThat(kaifu.get("disposed").asText()).isEqualTo("0.000");
        assertThat(kaifu.get("inStorageAtEnd").asText()).isEqualTo("7.000");
        // rate 11 / 18 = 0.61111
        assertThat(kaifu.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.6111");
    }

    @Test
    void R45_the_origin_view_of_the_city_counts_each_tonne_once() throws Exception {
        // incinerated 15.6 (K1), utilized 11 (K2), loss 0.4; in storage 34 − 0.4 − 15.6 − 11 = 7 t;
        // rate (15.6 + 11) / 34 = 0.78235; landfill share 0 / 26.6
        JsonNode city = origin("430100");
        assertThat(city.get("incinerated").asText()).isEqualTo("15.600");
        assertThat(city.get("utilized").asText()).isEqualTo("11.000");
        assertThat(city.get("inStorageAtEnd").asText()).isEqualTo("7.000");
        assertThat(city.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.7824");
        assertThat(city.get("landfillShare").decimalValue()).isEqualByComparingTo("0.0000");
    }

    @Test
    void R45_a_collectors_receipt_is_stock_never_treatment_and_what_it_passes_on_is_not_its_intake() throws Exception {
        // the collector received 31 t; repackings took a, b, c in full, 4 t of d and all of e (its 2 t not accepted
        // first, then the 3 t accepted): its intake is d's other 4 t, in storage, none treated
        JsonNode collector = facility("430104");
        assertThat(collector.get("received").asText()).isEqualTo("4.000");
        assertThat(collector.get("disposed").asText()).isEqualTo("0.000");
        assertThat(collector.get("utilized").asText()).isEqualTo("0.000");
        assertThat(collector.get("inStorageAtEnd").asText()).isEqualTo("4.000");
        assertThat(collector.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.0000");
    }

    @Test
    void R45_the_final_facilities_count_their_receipt_and_treatment_of_repacked_batches() throws Exception {
        JsonNode incinerator = facility("430111");
        assertThat(incinerator.get("received").asText()).isEqualTo("15.600");
        assertThat(incinerator.get("incinerated").asText()).isEqualTo("15.600");
        assertThat(incinerator.get("inStorageAtEnd").asText()).isEqualTo("0.000");
        assertThat(incinerator.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("1.0000");
        JsonNode recycler = facility("430121");
        assertThat(recycler.get("received").asText()).isEqualTo("11.000");
        assertThat(recycler.get("utilized").asText()).isEqualTo("11.000");
        assertThat(recycler.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("1.0000");
    }

    @Test
    void R45_the_facility_view_of_the_city_receives_each_tonne_once() throws Exception {
        // received 4 (collector) + 15.6 (F1) + 11 (F2) = 30.6, not 31 + 26.6; treated 26.6; in storage 4;
        // rate 26.6 / 30.6 = 0.86928
        JsonNode city = facility("430100");
        assertThat(city.get("received").asText()).isEqualTo("30.600");
        assertThat(city.get("incinerated").asText()).isEqualTo("15.600");
        assertThat(city.get("utilized").asText()).isEqualTo("11.000");
        assertThat(city.get("inStorageAtEnd").asText()).isEqualTo("4.000");
        assertThat(city.get("utilizationDisposalRate").decimalValue()).isEqualByComparingTo("0.8693");
    }

    @Test
    void R45_a_part_not_accepted_returned_to_its_producer_is_its_stock_again_not_a_facilitys_intake()
            throws Exception {
        // P5 (开福区) accepted e1's 2 t back on the return manifest: no facility of 开福区 received anything
        JsonNode kaifu = facility("430105");
        assertThat(kaifu.get("received").asText()).isEqualTo("0.000");
        assertThat(kaifu.get("inStorageAtEnd").asText()).isEqualTo("0.000");
    }

    @Test
    void R45_flows_show_producer_to_collector_and_collector_to_final_receiver() throws Exception {
        JsonNode flows = api.read(api.get("regulator-hn", "/api/v1/oversight/flows?region=430100&" + period)
                .andExpect(status().isOk()));
        // both hops, each as accepted: 10 + 6 + 4 + 8 + 3 to the collector, 15.6 + 11 from it = 57.6 t; the return
        // of e1 to P5 is no flow to a receiver (waste going back to where it came from, as for any return)
        assertThat(flows.get("totalTonnes").asText()).isEqualTo("57.600");
        assertThat(flows.get("crossProvinceTonnes").asText()).isEqualTo("0.000");
        List<String> links = new ArrayList<>();
        flows.get("byEnterprise").get("links").forEach(link -> links.add(link.get("source").asText() + " > "
                + link.get("target").asText() + " " + link.get("value").asText()));
        assertThat(links).containsExactly(
                hop("producer", round.collector, round.incinerator, "15.600"),
                hop("producer", round.collector, round.recycler, "11.000"),
                hop("producer", round.p1, round.collector, "10.000"),
                hop("producer", round.p4, round.collector, "8.000"),
                hop("producer", round.p2, round.collector, "6.000"),
                hop("producer", round.p3, round.collector, "4.000"),
                hop("producer", round.p5, round.collector, "3.000"));
    }

    @Test
    void R45_the_collectors_storage_at_the_end_of_the_year_loses_only_the_loss_of_its_repackings() throws Exception {
        // received a 10 + b 6 + c 4 + d 8 + e 3 = 31 t, treated nothing. At the year's end: d 8 − 4 taken = 4 t;
        // e accepted 3, taken 5 of which its 2 t not accepted first: 3 − (5 − 2) = 0; a, b, c taken in full: 0;
        // new batches still held: none (e1 went back to P5, e2 into K2; K1 and K2 were accepted by F1 and F2): 4 t
        JsonNode figures = draft("cs-collector", round.collector);
        assertThat(figures.get("receivedTonnes").decimalValue()).isEqualByComparingTo("31.000");
        assertThat(figures.get("disposedTonnes").decimalValue()).isEqualByComparingTo("0.000");
        assertThat(figures.get("storedAtStartTonnes").decimalValue()).isEqualByComparingTo("0.000");
        assertThat(figures.get("storedAtEndTonnes").decimalValue()).isEqualByComparingTo("4.000");
    }

    @Test
    void R45_the_final_facilitys_annual_report_counts_the_repacked_batch_it_received_and_treated() throws Exception {
        JsonNode incinerator = draft("cs-incinerator", round.incinerator);
        assertThat(incinerator.get("receivedTonnes").decimalValue()).isEqualByComparingTo("15.600");
        assertThat(incinerator.get("disposedTonnes").decimalValue()).isEqualByComparingTo("15.600");
        assertThat(incinerator.get("storedAtEndTonnes").decimalValue()).isEqualByComparingTo("0.000");
        JsonNode recycler = draft("cs-recycler", round.recycler);
        assertThat(recycler.get("receivedTonnes").decimalValue()).isEqualByComparingTo("11.000");
        assertThat(recycler.get("utilizedTonnes").decimalValue()).isEqualByComparingTo("11.000");
        assertThat(recycler.get("storedAtEndTonnes").decimalValue()).isEqualByComparingTo("0.000");
    }

    private JsonNode draft(String user, UUID holder) throws Exception {
        return api.read(api.get(user, "/api/v1/annual-reports/" + holder + "/" + LocalDate.now(SHANGHAI).getYear()
                + "/draft").andExpect(status().isOk())).get("figures");
    }

    private static String hop(String side, UUID from, UUID to, String tonnes) {
        return side + ":" + from + " > receiver:" + to + " " + tonnes;
    }

    private JsonNode origin(String region) throws Exception {
        return indicators(region, "origin");
    }

    private JsonNode facility(String region) throws Exception {
        return indicators(region, "facility");
    }

    private JsonNode indicators(String region, String view) throws Exception {
        return api.read(api.get("regulator-hn", "/api/v1/oversight/indicators?region=" + region + "&view=" + view
                + "&" + period).andExpect(status().isOk())).get("totals");
    }
}
