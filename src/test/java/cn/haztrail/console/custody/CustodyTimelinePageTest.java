package cn.haztrail.console.custody;

import cn.haztrail.console.ConsoleSession;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The custody timeline page (R24) for regulators, read through the same access check and chain service as the API
 * (R21), with its marks, its integrity status (R23), its bitemporal picker and its exports.
 */
@IntegrationTest
class CustodyTimelinePageTest {

    private static final String DEMO_MANIFEST = "20263602000001";
    private static final String PAGE = "/console/custody/manifests/" + DEMO_MANIFEST;
    private static final String TABLE = "/console/tables/timeline.%s?kind=manifests&key=" + DEMO_MANIFEST;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    MockHttpSession regulator;

    @BeforeEach
    void signIn() throws Exception {
        regulator = ConsoleSession.signIn(mvc, "regulator-jdz");
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void R24_a_regulator_of_the_jurisdiction_sees_every_entry_with_the_discrepancy_and_late_entries_marked()
            throws Exception {
        String html = page(PAGE, regulator);

        assertThat(html).contains("data-event=\"ManifestDrafted\"", "data-event=\"ManifestPickedUp\"",
                "data-event=\"ManifestReceived\"", "景德镇市危险废物综合处置中心");
        assertThat(html).contains("差异：数量", "补录：纸质联单补录");
    }

    @Test
    void the_entries_read_with_labels_and_shanghai_times_not_enum_names_or_utc_instants() throws Exception {
        String html = page(PAGE, regulator);
        String entries = html.substring(html.indexOf("<tbody>", html.indexOf("id=\"entries\"")),
                html.indexOf("</tbody>", html.indexOf("id=\"entries\"")));
        String shown = entries.replaceAll("<[^>]+>", " ");

        assertThat(shown).contains("差异：数量", "起运装车").doesNotContain("[QUANTITY]", "ManifestPickedUp")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    }

    @Test
    void R23_the_timeline_shows_that_every_stream_verifies() throws Exception {
        String html = page(PAGE, regulator);

        assertThat(html).contains("本记录的全部数据流校验通过").doesNotContain("未通过：");
    }

    @Test
    void R24_as_of_a_time_before_the_receipt_the_receipt_is_not_listed() throws Exception {
        Instant received = receiptTime();
        String before = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(received.minus(Duration.ofMinutes(5)).atZone(ZoneId.of("Asia/Shanghai")));

        String html = page(PAGE + "?asOf=" + before, regulator);

        assertThat(html).contains("data-event=\"ManifestPickedUp\"").doesNotContain("data-event=\"ManifestReceived\"")
                .contains("value=\"" + before + "\"");
    }

    @Test
    void R24_a_batch_has_its_own_timeline() throws Exception {
        String batchId = chain().at("/streams/1/aggregateId").asText();

        String html = page("/console/custody/batches/" + batchId, regulator);

        assertThat(html).contains("data-event=\"BatchRegistered\"", "data-event=\"ManifestReceived\"");
    }

    @Test
    void R24_a_time_the_page_cannot_read_is_ignored_and_said_so() throws Exception {
        String html = page(PAGE + "?asOf=yesterday", regulator);

        assertThat(html).contains("时间无法识别", "data-event=\"ManifestReceived\"");
    }

    @Test
    void R21_a_malformed_batch_id_is_not_found() throws Exception {
        mvc.perform(get("/console/custody/batches/not-a-uuid").session(regulator)).andExpect(status().isNotFound());
    }

    @Test
    void R21_a_regulator_of_another_province_gets_not_found_as_from_the_api() throws Exception {
        accounts.createIfAbsent("regulator-gd", Api.DEMO_PASSWORD, Role.REGULATOR, null, "440000");
        MockHttpSession outsider = ConsoleSession.signIn(mvc, "regulator-gd");

        mvc.perform(get(PAGE).session(outsider)).andExpect(status().isNotFound());
        mvc.perform(get(TABLE.formatted("csv")).session(outsider)).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/document.pdf").session(outsider)).andExpect(status().isNotFound());
    }

    @Test
    void the_timeline_pages_are_for_regulators() throws Exception {
        mvc.perform(get(PAGE).session(ConsoleSession.signIn(mvc, "producer"))).andExpect(status().isForbidden());
    }

    @Test
    void the_timeline_download_is_for_regulators_too() throws Exception {
        mvc.perform(get(TABLE.formatted("csv")).session(ConsoleSession.signIn(mvc, "producer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void R24_the_timeline_exports_as_csv_with_one_row_per_entry() throws Exception {
        int entries = entryCount();

        String csv = mvc.perform(get(TABLE.formatted("csv")).session(regulator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF\"序号\"");
        assertThat(lines).hasSize(entries + 1);
        assertThat(csv).contains("\"接收确认\"", "\"数量\"").doesNotContain("\"ManifestReceived\"");
    }

    @Test
    void R24_the_timeline_exports_as_xlsx_with_one_row_per_entry() throws Exception {
        int entries = entryCount();

        byte[] xlsx = mvc.perform(get(TABLE.formatted("xlsx")).session(regulator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(entries);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("发生时间（业务时间）");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1");
        }
    }

    @Test
    void R24_the_printed_copy_is_the_custody_pdf() throws Exception {
        byte[] pdf = mvc.perform(get(PAGE + "/document.pdf").session(regulator)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void the_dashboard_links_each_alert_to_its_timeline() throws Exception {
        // The dashboard shows the newest open alerts; other tests keep opening some, so compare with the same list.
        List<String> expected = List.of();
        String html = "";
        for (int tries = 0; tries < 60; tries++) {
            html = page("/console/oversight", regulator);
            expected = newestManifestTimelines();
            if (!expected.isEmpty() && expected.stream().allMatch(html::contains)) {
                break;
            }
            Thread.sleep(1000);
        }

        assertThat(expected).isNotEmpty();
        assertThat(html).contains(expected);
    }

    /** The timeline link of each of the newest open alerts (as many as the dashboard shows) about a manifest. */
    private List<String> newestManifestTimelines() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        JsonNode alerts = api.read(api.get("regulator-jdz", "/api/v1/oversight/alerts?state=OPEN&size=20"));
        List<String> links = new java.util.ArrayList<>();
        for (JsonNode alert : alerts.get("items")) {
            JsonNode subject = alert.get("subject");
            String manifest = subject.hasNonNull("manifestNumber") ? subject.get("manifestNumber").asText()
                    : subject.hasNonNull("manifestId") ? subject.get("manifestId").asText() : null;
            if (manifest != null) {
                links.add("href=\"/console/custody/manifests/" + manifest + "\"");
            }
        }
        return links;
    }

    private JsonNode chain() throws Exception {
        return new Api(mvc, json, jdbc).read(new Api(mvc, json, jdbc)
                .get("regulator-jdz", "/api/v1/oversight/custody/manifests/" + DEMO_MANIFEST));
    }

    private int entryCount() throws Exception {
        return chain().get("entries").size();
    }

    private Instant receiptTime() throws Exception {
        for (JsonNode entry : chain().get("entries")) {
            if (entry.get("eventType").asText().equals("ManifestReceived")) {
                return Instant.parse(entry.get("businessTime").asText());
            }
        }
        throw new AssertionError("the demo manifest has no receipt");
    }
}
