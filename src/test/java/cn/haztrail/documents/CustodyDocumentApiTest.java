package cn.haztrail.documents;

import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R24: the chain of custody printed for an inspection holds every entry of the JSON chain and each stream's check. */
@IntegrationTest
class CustodyDocumentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
    }

    /** One batch of waste oil from registration to disposal. */
    private CustodyFlow.SubmittedOil fullTrip() throws Exception {
        CustodyFlow.SubmittedOil trip = flow.submittedOil(5);
        flow.pickUp("carrier", trip.id(), "赣H12345", List.of(trip.labelId()));
        flow.arrive("carrier", trip.id());
        api.post("receiver", "/api/v1/manifests/" + trip.id() + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(trip.batchId(), "ACCEPT", "1000", 5, "D10")))).andExpect(status().isOk());
        flow.dispose("receiver", trip.batchId(), "D10", "1000");
        return trip;
    }

    private PdfText pdf(String user, String path) throws Exception {
        return PdfText.of(api.get(user, path).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray());
    }

    private List<String> eventTypes(String user, String path) throws Exception {
        List<String> types = new ArrayList<>();
        api.read(api.get(user, path).andExpect(status().isOk())).get("entries")
                .forEach(entry -> types.add(entry.get("eventType").asText()));
        return types;
    }

    @Test
    void R24_the_printed_batch_chain_lists_every_event_type_of_the_chain_and_each_stream_verified() throws Exception {
        CustodyFlow.SubmittedOil trip = fullTrip();
        String path = "/api/v1/oversight/custody/batches/" + trip.batchId();

        PdfText pdf = pdf("regulator-jdz", path + "/document.pdf");

        assertThat(pdf.flat()).contains(eventTypes("regulator-jdz", path).toArray(String[]::new));
        assertThat(pdf.flat()).contains(trip.batchId(), trip.id(), "通过", "景德镇市安运危险货物运输有限公司");
        assertThat(pdf.flat()).doesNotContain("未通过");
    }

    @Test
    void R24_the_printed_manifest_chain_names_the_manifest_and_lists_every_event_type_in_order() throws Exception {
        CustodyFlow.SubmittedOil trip = fullTrip();
        String path = "/api/v1/oversight/custody/manifests/" + trip.number();

        PdfText pdf = pdf("producer", path + "/document.pdf");

        List<String> types = eventTypes("producer", path);
        assertThat(pdf.flat()).contains("联单：" + trip.number());
        List<Integer> positions = new ArrayList<>();
        int from = 0;
        for (String type : types) {
            from = pdf.flat().indexOf(type, from);
            positions.add(from);
        }
        assertThat(positions).as("every event type of %s, in order", types).doesNotContain(-1);
    }

    @Test
    void R21_a_caller_who_may_not_read_the_chain_gets_404_as_for_the_json() throws Exception {
        CustodyFlow.SubmittedOil trip = fullTrip();

        api.get("hospital", "/api/v1/oversight/custody/batches/" + trip.batchId() + "/document.pdf")
                .andExpect(status().isNotFound());
        api.get("regulator-jdz", "/api/v1/oversight/custody/manifests/20269999999999/document.pdf")
                .andExpect(status().isNotFound());
    }
}
