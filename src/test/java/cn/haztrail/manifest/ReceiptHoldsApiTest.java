package cn.haztrail.manifest;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A receipt holds room on the receiver's licence year in its own step, and the process that follows the receipt
 * turns the hold into the admission (R04): in the end the receiver's stream holds one hold and one admission for the
 * manifest, and the manifest's receipt was written without touching the receiver.
 */
@IntegrationTest
class ReceiptHoldsApiTest {

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

    private long receiverEvents(String type, String manifestId) {
        return jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type like ?", byte[].class, DemoParties.DISPOSAL_CENTRE.toString(), "%." + type)
                .stream().filter(payload -> new String(payload, java.nio.charset.StandardCharsets.UTF_8)
                        .contains(manifestId)).count();
    }

    @Test
    void R04_a_receipt_holds_room_and_the_process_after_it_admits_the_waste_once() throws Exception {
        CustodyFlow.SubmittedOil oil = flow.submittedOil(4);
        flow.pickUp("carrier", oil.id(), "赣H12345", List.of(oil.labelId()));
        flow.arrive("carrier", oil.id());

        api.post("receiver", "/api/v1/manifests/" + oil.id() + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(oil.batchId(), "ACCEPT", "1000", 4, "D10")))).andExpect(status().isOk());
        new StreamingProcessors(api, jdbc).awaitCaughtUp("custody-processes");

        assertThat(receiverEvents("AdmissionReserved", oil.id())).isEqualTo(1);
        assertThat(receiverEvents("WasteAdmitted", oil.id())).isEqualTo(1);
        assertThat(receiverEvents("AdmissionReleased", oil.id())).isZero();
        assertThat(receiverEvents("AdmissionOverrun", oil.id())).isZero();
    }
}
