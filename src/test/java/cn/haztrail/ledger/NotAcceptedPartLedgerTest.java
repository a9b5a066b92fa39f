package cn.haztrail.ledger;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.ledger.query.LedgerFilter;
import cn.haztrail.ledger.query.LedgerLines;
import cn.haztrail.ledger.query.LedgerSummaries;
import cn.haztrail.ledger.query.SummaryGrain;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The holder's ledger through a repacking of a partial receipt (R39, R40), computed by hand: the chemical plant
 * sends the collector e 5000 kg and f 1000 kg; the collector accepts 3000 kg of e and all of f; it splits e into e1
 * 2000 kg (wholly the part not accepted, taken first) and e2 3000 kg; e1 goes back to the chemical plant on a return
 * manifest; e2 and f are consolidated into g 4000 kg, which is shipped on to the cement plant. The 2000 kg not
 * accepted never entered the collector's storage, so they neither leave it at the split nor on the return.
 */
@IntegrationTest
class NotAcceptedPartLedgerTest {

    private static final String PLATE = "赣H12345";
    private static final LocalDate FAR = LocalDate.parse("2099-01-01");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerLines lines;
    @Autowired
    LedgerSummaries summaries;
    Api api;
    CustodyFlow flow;
    StreamingProcessors processors;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        processors = new StreamingProcessors(api, jdbc);
    }

    @Test
    void R39_R40_given_the_part_not_accepted_split_off_and_returned_when_the_holders_ledger_is_read_then_it_never_was_its_stock()
            throws Exception {
        processors.awaitAllCaughtUp();
        BigDecimal storedBefore = storedAtEnd();

        JsonNode e = flow.registerBatch("producer", "900-249-08", "5000", "LIQUID", "DRUM", 5, List.of("T", "I"));
        JsonNode f = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 1, List.of("T", "I"));
        String eId = e.get("id").asString();
        String fId = f.get("id").asString();
        String manifest = flow.draft("producer", DemoParties.COLLECTOR, List.of(DemoParties.CARRIER), PLATE,
                List.of(eId, fId), "HTC1", Map.of()).get("id").asString();
        flow.submit("producer", manifest);
        flow.pickUp("carrier", manifest, PLATE, List.of(e.get("labelId").asString(), f.get("labelId").asString()));
        flow.arrive("carrier", manifest);
        api.post("collector", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(eId, "PARTIAL", "3000", 5, "HTC1"),
                CustodyFlow.acceptLine(fId, "ACCEPT", "1000", 1, "HTC1")))).andExpect(status().isOk());
        JsonNode parts = api.read(api.post("collector", "/api/v1/batches/" + eId + "/split", Map.of("parts",
                List.of(Map.of("quantity", kg("2000")), Map.of("quantity", kg("3000"))))).andExpect(status().isCreated()));
        String e1 = parts.get(0).get("id").asString();
        String e2 = parts.get(1).get("id").asString();
        String back = flow.draft("producer", DemoParties.CHEMICAL_PLANT, List.of(DemoParties.CARRIER), PLATE,
                List.of(e1), null, Map.of("kind", "RETURN", "previousManifestId", manifest)).get("id").asString();
        flow.submit("producer", back);
        flow.pickUp("carrier", back, PLATE, List.of(parts.get(0).get("labelId").asString()));
        flow.arrive("carrier", back);
        api.post("producer", "/api/v1/manifests/" + back + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(e1, "ACCEPT", "2000", 5, null)))).andExpect(status().isOk());
        JsonNode g = api.read(api.post("collector", "/api/v1/batches/consolidations", Map.of("sources", List.of(
                Map.of("batchId", e2, "quantity", kg("3000")), Map.of("batchId", fId, "quantity", kg("1000"))),
                "quantity", kg("4000"))).andExpect(status().isCreated()));
        String gId = g.get("id").asString();
        String onward = flow.draft("collector", DemoParties.CEMENT_PLANT, List.of(DemoParties.CARRIER), PLATE,
                List.of(gId), "C1", Map.of()).get("id").asString();
        flow.submit("collector", onward);
        flow.pickUp("carrier", onward, PLATE, List.of(g.get("labelId").asString()));
        processors.awaitAllCaughtUp();

        // received e 3.000 + f 1.000 = 4.000; out e 3.000 (e2's share; e1's is wholly not accepted: no line),
        // e2 3.000, f 1.000; in e2 3.000, g 4.000 (e1 is the chemical plant's: no line); shipped g 4.000; the return
        // of e1 leaves nothing the collector stored. 4.000 - 7.000 + 7.000 - 4.000 = 0.
        assertThat(storedAtEnd().subtract(storedBefore)).isEqualByComparingTo("0");
        Set<String> ours = Set.of(eId, fId, e1, e2, gId);
        List<String> found = new ArrayList<>();
        lines.forEach(new LedgerFilter(DemoParties.COLLECTOR, null, null, null, null, null), line -> {
            if (ours.contains(line.batchId().toString())) {
                found.add(line.movement() + " " + name(line.batchId().toString(), eId, fId, e1, e2, gId) + " "
                        + line.tonnes().stripTrailingZeros().toPlainString());
            }
        });
        assertThat(found).containsExactlyInAnyOrder(
                "RECEIVED e 3", "RECEIVED f 1",
                "REPACKED_OUT e 3", "REPACKED_IN e2 3",
                "REPACKED_OUT e2 3", "REPACKED_OUT f 1", "REPACKED_IN g 4",
                "SHIPPED g 4");
    }

    private BigDecimal storedAtEnd() {
        return summaries.summarize(DemoParties.COLLECTOR, SummaryGrain.YEAR, FAR, FAR).get(0).storedAtEnd();
    }

    private static String name(String id, String e, String f, String e1, String e2, String g) {
        return id.equals(e) ? "e" : id.equals(f) ? "f" : id.equals(e1) ? "e1" : id.equals(e2) ? "e2" : "g";
    }

    private static Map<String, Object> kg(String value) {
        return Map.of("value", value, "unit", "kg");
    }
}
