package cn.haztrail.ledger.web;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.TestCreditCodes;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger through HTTP after a real custody chain: a producer made for the test in 浮梁县 (360222, 景德镇) registers
 * 1000 kg of oil (5 drums) and 200 kg of packaging (10 bags), ships both on one manifest to the disposal centre,
 * which accepts both and incinerates the oil (D10). Figures are the test producer's own, or the centre's lines with
 * that producer as counterparty: other tests share the database.
 */
@IntegrationTest
class LedgerApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration LIMIT = Duration.ofMinutes(2);

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
    String producer;
    String producerAccount;
    String oil;

    @BeforeEach
    void aShippedAndDisposedPair() throws Exception {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
        producer = registerProducer();
        oil = flow.registerBatch(producerAccount, "900-249-08", "1000", "LIQUID", "DRUM", 5, List.of("T", "I"))
                .get("id").asText();
        JsonNode packs = flow.registerBatch(producerAccount, "900-041-49", "200", "SOLID", "BAG", 10, List.of("T"));
        JsonNode oilBatch = api.read(api.get(producerAccount, "/api/v1/batches/" + oil));
        String manifest = flow.draft(producerAccount, DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER),
                "赣H12345", List.of(oil, packs.get("id").asText()), "D10", Map.of()).get("id").asText();
        flow.submit(producerAccount, manifest);
        flow.pickUp("carrier", manifest, "赣H12345", List.of(oilBatch.get("labelId").asText(),
                packs.get("labelId").asText()));
        flow.arrive("carrier", manifest);
        api.post("receiver", "/api/v1/manifests/" + manifest + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(oil, "ACCEPT", "1000", 5, "D10"),
                CustodyFlow.acceptLine(packs.get("id").asText(), "ACCEPT", "200", 10, "D1"))))
                .andExpect(status().isOk());
        flow.dispose("receiver", oil, "D10", "1000");
        until(() -> api.read(api.get(Api.ADMIN, "/api/v1/enterprises/" + DemoParties.DISPOSAL_CENTRE
                        + "/ledger/lines?register=MANAGED&counterpartyId=" + producer)),
                page -> page.get("total").asInt() == 1, "the disposal in the centre's ledger");
        until(() -> api.read(api.get(producerAccount, ledger("/lines"))), page -> page.get("total").asInt() == 4,
                "the producer's four lines");
        // the receipt (the manifest's stream) and the disposal (the batch's) may be handled by different segments:
        // the disposal's line says nothing about the receipt's
        new StreamingProcessors(api, jdbc).awaitCaughtUp("oversight");
    }

    @Test
    void the_producers_ledger_holds_generation_and_shipment_with_the_account_as_the_reference_responsible()
            throws Exception {
        JsonNode lines = api.read(api.get(producerAccount, ledger("/lines")).andExpect(status().isOk()));

        assertThat(lines.get("items").valueStream().map(l -> l.get("movement").asText() + " "
                + l.get("wasteCode").asText() + " " + l.get("tonnes").asText() + " " + l.get("containers").asInt()))
                .containsExactlyInAnyOrder("GENERATED 900-249-08 1.000 5", "GENERATED 900-041-49 0.200 10",
                        "SHIPPED 900-249-08 1.000 5", "SHIPPED 900-041-49 0.200 10");
        String accountId = jdbc.queryForObject("select id from account where username = ?", String.class,
                producerAccount);
        assertThat(lines.get("items").valueStream().filter(l -> l.get("movement").asText().equals("GENERATED"))
                .map(l -> l.get("responsibleRef").asText())).containsOnly(accountId);
        assertThat(lines.toString()).doesNotContain(producerAccount).doesNotContain("李师傅");
    }

    @Test
    void the_facilitys_registers_show_what_it_received_and_what_it_disposed_of() throws Exception {
        String centre = "/api/v1/enterprises/" + DemoParties.DISPOSAL_CENTRE + "/ledger/lines?counterpartyId="
                + producer;
        JsonNode incoming = api.read(api.get("receiver", centre + "&register=INCOMING").andExpect(status().isOk()));
        JsonNode managed = api.read(api.get("receiver", centre + "&register=MANAGED").andExpect(status().isOk()));
        JsonNode carried = api.read(api.get("carrier", "/api/v1/enterprises/" + DemoParties.CARRIER
                + "/ledger/lines?register=TRANSPORTED&counterpartyId=" + producer).andExpect(status().isOk()));

        assertThat(incoming.get("items").valueStream().map(l -> l.get("tonnes").asText() + " "
                + l.get("methodCode").asText())).containsExactlyInAnyOrder("1.000 D10", "0.200 D1");
        assertThat(managed.get("items").valueStream().map(l -> l.get("batchId").asText() + " "
                + l.get("tonnes").asText() + " " + l.get("methodCode").asText())).containsExactly(oil + " 1.000 D10");
        assertThat(carried.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void the_yearly_summary_sums_the_producers_lines() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        JsonNode periods = api.read(api.get(producerAccount, ledger("/summary?grain=YEAR&from=" + today.minusDays(1)
                + "&to=" + today)).andExpect(status().isOk()));

        BigDecimal generated = periods.valueStream().map(p -> new BigDecimal(p.get("generated").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shipped = periods.valueStream().map(p -> new BigDecimal(p.get("shipped").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(generated).isEqualByComparingTo("1.200");
        assertThat(shipped).isEqualByComparingTo("1.200");
        assertThat(periods.get(periods.size() - 1).get("storedAtEnd").asText()).isEqualTo("0.000");
    }

    @Test
    void regulators_of_the_region_read_the_ledger_and_other_enterprises_and_regulators_are_refused()
            throws Exception {
        String outside = "ledger-regulator-yc-" + System.nanoTime();
        accounts.createIfAbsent(outside, Api.DEMO_PASSWORD, Role.REGULATOR, null, "360900");

        api.get("regulator-jdz", ledger("/lines")).andExpect(status().isOk());
        api.get("regulator-jx", ledger("/summary?from=2026-01-01&to=2026-12-31")).andExpect(status().isOk());
        api.get(outside, ledger("/lines")).andExpect(status().isForbidden());
        api.get("hospital", ledger("/lines")).andExpect(status().isForbidden());
        api.get("receiver", ledger("/lines")).andExpect(status().isForbidden());
        api.get(Api.ADMIN, "/api/v1/enterprises/" + UUID.randomUUID() + "/ledger/lines")
                .andExpect(status().isNotFound());
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_the_field() throws Exception {
        JsonNode problem = api.read(api.get(producerAccount, ledger("/lines?from=2026-02-01&to=2026-01-01"))
                .andExpect(status().isBadRequest()));

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("from");
    }

    @Test
    void the_xlsx_export_reads_back_with_chinese_headers_and_the_lines_as_cells() throws Exception {
        JsonNode job = export("XLSX", "OUTGOING");
        MockHttpServletResponse file = api.get(producerAccount, ledger("/exports/" + job.get("id").asText()
                + "/file")).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(file.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("环节");
            assertThat(sheet.getRow(0).getCell(16).getStringCellValue()).isEqualTo("经办人引用");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> rows = new java.util.ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                Row row = sheet.getRow(i);
                rows.add(row.getCell(2).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
                        + row.getCell(7).getNumericCellValue() + " " + row.getCell(9).getNumericCellValue() + " "
                        + row.getCell(14).getStringCellValue() + " " + row.getCell(15).getStringCellValue());
            }
            String centre = DemoParties.DISPOSAL_CENTRE.toString();
            String name = api.read(api.get(Api.ADMIN, "/api/v1/enterprises/" + centre)).get("name").asText();
            assertThat(rows).containsExactlyInAnyOrder("出库转移 900-249-08 1000.0 1.0 " + centre + " " + name,
                    "出库转移 900-041-49 200.0 0.2 " + centre + " " + name);
        }
    }

    @Test
    void the_csv_export_starts_with_a_byte_order_mark_and_chinese_headers() throws Exception {
        JsonNode job = export("CSV", null);
        MockHttpServletResponse file = api.get(producerAccount, ledger("/exports/" + job.get("id").asText()
                + "/file")).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(file.getContentType()).startsWith("text/csv");
        String text = new String(file.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF日期,时间,环节,废物代码");
        assertThat(text.lines().count()).isEqualTo(5);
        assertThat(job.get("written").asInt()).isEqualTo(4);
    }

    private JsonNode export(String format, String register) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("format", format);
        if (register != null) {
            body.put("register", register);
        }
        String location = api.post(producerAccount, ledger("/exports"), body).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        return until(() -> api.read(api.get(producerAccount, location).andExpect(status().isOk())),
                job -> !job.get("state").asText().equals("RUNNING"), "the export to finish");
    }

    private String ledger(String rest) {
        return "/api/v1/enterprises/" + producer + "/ledger" + rest;
    }

    private String registerProducer() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next("360222"));
        body.put("name", "浮梁县台账测试化工有限公司" + System.nanoTime());
        body.put("regionCode", "360222");
        body.put("address", "江西省景德镇市浮梁县测试路2号");
        body.put("contact", Map.of("name", "测试联系人", "phone", "0798-8000001"));
        body.put("roles", List.of("PRODUCER"));
        String id = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", body).andExpect(status().isCreated()))
                .get("id").asText();
        producerAccount = "ledger-producer-" + System.nanoTime();
        accounts.createIfAbsent(producerAccount, Api.DEMO_PASSWORD, Role.PRODUCER, UUID.fromString(id), null);
        return id;
    }

    /** Polls every 50 ms, for at most 2 minutes (the oversight processor runs on its own threads). */
    private static <T> T until(Callable<T> read, Predicate<T> condition, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        T value = read.call();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                fail("waited " + LIMIT.toSeconds() + " s for " + what + "; last seen: " + value);
            }
            Thread.sleep(50);
            value = read.call();
        }
        return value;
    }
}
