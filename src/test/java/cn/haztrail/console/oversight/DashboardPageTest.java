package cn.haztrail.console.oversight;

import cn.haztrail.console.ConsoleSession;
import cn.haztrail.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regulator's dashboard beyond the alerts: the flows of the demo (a Sankey chart and its table), the key
 * supervised units with their reasons in Chinese, and every table downloadable as CSV and XLSX, headed in the page's
 * language, holding what the page shows.
 */
@IntegrationTest
class DashboardPageTest {

    static final String PRODUCER = "景德镇市昌南化工有限公司";
    static final String DISPOSAL_CENTRE = "景德镇市危险废物综合处置中心";

    @Autowired
    MockMvc mvc;
    MockHttpSession regulator;

    @BeforeEach
    void signIn() throws Exception {
        regulator = ConsoleSession.signIn(mvc, "regulator-jdz");
    }

    /** The projections stream from the event store: read the page until it shows what the demo recorded. */
    private String dashboardOnce(Predicate<String> ready) throws Exception {
        String html = page("/console/oversight");
        for (int tries = 0; tries < 60 && !ready.test(html); tries++) {
            Thread.sleep(1000);
            html = page("/console/oversight");
        }
        return html;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).session(regulator)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] download(String path, String lang) throws Exception {
        var request = get(path).session(regulator);
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String table(String html, String id) {
        int start = html.indexOf("<table id=\"" + id + "\"");
        assertThat(start).as("table %s on the page", id).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    @Test
    void the_flows_of_the_demo_manifest_are_drawn_as_a_sankey_chart_and_listed_in_tonnes() throws Exception {
        String html = dashboardOnce(page -> page.contains("<table id=\"flows-enterprises\""));

        assertThat(html).contains("id=\"flows-cities-chart\"", "id=\"flows-enterprises-chart\"", "跨省转移");
        assertThat(table(html, "flows-enterprises")).contains(PRODUCER, DISPOSAL_CENTRE, "HW", " t<");
        assertThat(table(html, "flows-cities")).contains("景德镇市", "江西省");
    }

    @Test
    void the_key_units_are_listed_with_their_reasons_in_chinese() throws Exception {
        String html = dashboardOnce(page -> page.contains("<table id=\"key-units\""));
        String keyUnits = table(html, "key-units");

        assertThat(html).contains("重点监管单位（" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + " 年）");

        assertThat(keyUnits).contains(DISPOSAL_CENTRE, "持有危险废物经营许可证", "赣危废经字第360200001号")
                .doesNotContain("BUSINESS_LICENCE<");
    }

    @Test
    void every_dashboard_table_offers_csv_and_xlsx() throws Exception {
        String html = page("/console/oversight");

        for (String table : List.of("alerts", "categories", "flows-cities", "flows-enterprises", "key-units")) {
            assertThat(html).contains("href=\"/console/tables/" + table + ".csv\"",
                    "href=\"/console/tables/" + table + ".xlsx\"");
        }
    }

    @Test
    void the_flows_download_as_xlsx_with_chinese_headers_and_the_demo_flow() throws Exception {
        dashboardOnce(page -> page.contains("<table id=\"flows-enterprises\""));

        List<List<String>> rows = sheet(download("/console/tables/flows-enterprises.xlsx", null));

        assertThat(rows.get(0)).containsExactly("来源", "来源地", "去向", "去向地", "废物类别", "接收量", "批次数", "跨省");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(PRODUCER, DISPOSAL_CENTRE));
    }

    @Test
    void the_key_units_download_as_csv_with_one_column_per_heading() throws Exception {
        String csv = new String(download("/console/tables/key-units.csv", null), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0)).isEqualTo("\uFEFF\"单位名称\",\"统一社会信用代码\",\"行政区划\",\"身份\",\"本年度产生量\","
                + "\"列为重点的原因\",\"经营许可证\"");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + DISPOSAL_CENTRE + "\",")
                .contains("持有危险废物经营许可证"));
    }

    @Test
    void a_download_is_headed_in_english_after_the_language_switch() throws Exception {
        List<List<String>> rows = sheet(download("/console/tables/categories.xlsx", "en"));

        assertThat(rows.get(0)).containsExactly("Category", "Generated", "Stock carried in",
                "In storage at period end", "Utilization and disposal rate", "Landfill share");
    }

    @Test
    void the_search_results_download_as_the_page_found_them() throws Exception {
        String html = mvc.perform(get("/console/search").param("kind", "ENTERPRISE").param("q", "综合处置")
                .session(regulator)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"/console/tables/search.xlsx?kind=ENTERPRISE&amp;q=");

        List<List<String>> rows = sheet(mvc.perform(get("/console/tables/search.xlsx").param("kind", "ENTERPRISE")
                .param("q", "综合处置").session(regulator)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());

        assertThat(rows.get(0)).startsWith("名称", "统一社会信用代码");
        assertThat(rows.get(1)).startsWith(DISPOSAL_CENTRE, "91360200MA39H5LD0E");
    }

    @Test
    void an_unknown_table_is_not_found() throws Exception {
        mvc.perform(get("/console/tables/nothing.csv").session(regulator)).andExpect(status().isNotFound());
    }

    @Test
    void R21_a_producer_may_not_download_a_regulator_table() throws Exception {
        MockHttpSession producer = ConsoleSession.signIn(mvc, "producer");

        mvc.perform(get("/console/tables/key-units.xlsx").session(producer)).andExpect(status().isForbidden());
    }

    @Test
    void an_alert_on_the_dashboard_reads_in_chinese_with_shanghai_times_not_enum_names_or_utc_instants()
            throws Exception {
        String alerts = table(dashboardOnce(page -> page.contains("data-type=\"DISCREPANCY\"")
                && page.contains("data-type=\"STORAGE_OVERDUE\"")), "alerts");
        String shown = alerts.replaceAll("<[^>]+>", " ");

        assertThat(shown).contains("接收时发现差异：数量").doesNotContain("QUANTITY")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    }
}
