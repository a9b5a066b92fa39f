package cn.haztrail.documents;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printed transfer manifest (危险废物转移联单): the national form's fields read back from the PDF, the bundled font
 * embedded, and the manifest's reading rules (R21) applied as for its JSON.
 */
@IntegrationTest
class ManifestDocumentApiTest {

    static final String PRODUCER = "景德镇市昌南化工有限公司";
    static final String CARRIER = "景德镇市安运危险货物运输有限公司";
    static final String RECEIVER = "景德镇市危险废物综合处置中心";

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

    /** A batch of waste oil on a manifest from the chemical plant to the disposal centre, picked up by a driver. */
    private JsonNode pickedUp() throws Exception {
        CustodyFlow.SubmittedOil manifest = flow.submittedOil(5);
        return flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));
    }

    private byte[] pdf(String user, String idOrNumber) throws Exception {
        return api.get(user, "/api/v1/manifests/" + idOrNumber + "/document.pdf")
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_printed_manifest_shows_its_number_parties_driver_and_the_chinese_waste_name() throws Exception {
        JsonNode manifest = pickedUp();
        String number = manifest.get("number").asText();
        String wasteName = manifest.at("/lines/0/wasteName").asText();

        PdfText pdf = PdfText.of(pdf("carrier", number));

        assertThat(pdf.flat()).contains("危险废物转移联单", number, PRODUCER, CARRIER, RECEIVER, "赣H12345", "李师傅",
                "900-249-08", "1000.000 kg", "桶 × 5", "液态", "江西省景德镇市珠山区（360203）");
        assertThat(pdf.flat()).contains(wasteName.substring(0, 12));
        assertThat(wasteName).matches(".*[\\u4e00-\\u9fff].*");
    }

    @Test
    void the_printed_manifest_lists_every_confirmation_and_ends_with_the_stream_hash_head() throws Exception {
        JsonNode manifest = pickedUp();

        PdfText pdf = PdfText.of(pdf("producer", manifest.get("id").asText()));

        assertThat(pdf.flat()).contains("ManifestDrafted", "ManifestSubmitted", "ManifestPickedUp");
        assertThat(pdf.flat()).contains("数据流 " + manifest.get("id").asText(), "哈希头", "链校验通过", "打印时间");
    }

    @Test
    void the_printed_manifest_is_named_by_its_number_and_shown_inline() throws Exception {
        String number = pickedUp().get("number").asText();

        api.get("receiver", "/api/v1/manifests/" + number + "/document.pdf")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"" + number + ".pdf\""));
    }

    @Test
    void the_printed_manifest_embeds_a_subset_of_the_bundled_font_and_no_other() throws Exception {
        PdfText pdf = PdfText.of(pdf("producer", pickedUp().get("id").asText()));

        assertThat(pdf.fontNames()).isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+NotoSansCJKsc-Regular.*"));
        assertThat(pdf.fontsEmbedded()).containsOnly(true);
    }

    @Test
    void a_draft_prints_marked_as_draft_and_invalid() throws Exception {
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "200", "LIQUID", "DRUM", 1, List.of("T"));
        String draft = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();

        PdfText pdf = PdfText.of(pdf("producer", draft));

        assertThat(pdf.flat()).contains("草稿 无效", "（草稿，无效）");
    }

    @Test
    void R21_a_party_the_manifest_does_not_name_gets_404_as_for_the_json() throws Exception {
        String number = pickedUp().get("number").asText();

        api.get("hospital", "/api/v1/manifests/" + number + "/document.pdf").andExpect(status().isNotFound());
        api.get("hospital", "/api/v1/manifests/" + number).andExpect(status().isNotFound());
    }
}
