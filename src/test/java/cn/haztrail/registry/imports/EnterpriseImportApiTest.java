package cn.haztrail.registry.imports;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnterpriseImportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    @Test
    void a_small_file_registers_enterprises_with_their_licences_permits_and_vehicles() throws Exception {
        Map<ImportColumn, String> receiver = ImportFiles.receiverAndCarrier();
        var file = new ImportFiles().row(ImportFiles.producer()).row(receiver);

        String location = api.upload(Api.ADMIN, EnterpriseImportController.PATH, "enterprises.csv", "text/csv",
                        file.csvBytes())
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                        EnterpriseImportController.PATH + "/")))
                .andExpect(jsonPath("$.total").value(2))
                .andReturn().getResponse().getHeader("Location");
        // Jobs run side by side: the answer is read once this job, not merely some job, has ended.
        JsonNode job = ImportJobsPolling.finished(api, location);

        assertThat(job.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(job.path("created").asInt()).isEqualTo(2);
        api.get(Api.ADMIN, "/api/v1/enterprises/" + enterpriseId(receiver.get(ImportColumn.CREDIT_CODE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(receiver.get(ImportColumn.NAME)))
                .andExpect(jsonPath("$.licences[0].number").value(receiver.get(ImportColumn.LICENCE_NUMBER)))
                .andExpect(jsonPath("$.licences[0].lines.length()").value(2))
                .andExpect(jsonPath("$.permits[0].number").value(receiver.get(ImportColumn.PERMIT_NUMBER)))
                .andExpect(jsonPath("$.vehicles.length()").value(2))
                .andExpect(jsonPath("$.contact.name").value("导入联系人"));
    }

    @Test
    void the_same_file_twice_changes_nothing_the_second_time() throws Exception {
        var file = new ImportFiles().row(ImportFiles.receiverAndCarrier()).row(ImportFiles.producer());
        JsonNode first = ImportJobsPolling.importAndWait(api, file);
        long events = api.storedEvents();

        JsonNode second = ImportJobsPolling.importAndWait(api, file);

        assertThat(first.path("created").asInt()).isEqualTo(2);
        assertThat(second.path("unchanged").asInt()).isEqualTo(2);
        assertThat(second.path("processed").asInt()).isEqualTo(2);
        assertThat(api.storedEvents()).isEqualTo(events);
    }

    @Test
    void a_bad_row_is_listed_with_its_row_column_and_reason_and_the_other_rows_import() throws Exception {
        Map<ImportColumn, String> bad = ImportFiles.producer();
        bad.put(ImportColumn.ROLES, "SHIPPER");
        var file = new ImportFiles().row(ImportFiles.producer()).row(bad).row(ImportFiles.producer());

        JsonNode job = ImportJobsPolling.finished(api, ImportJobsPolling.upload(api, "e.csv", "text/csv",
                file.csvBytes()), "Accept-Language", "zh-CN");

        assertThat(job.path("created").asInt()).isEqualTo(2);
        assertThat(job.path("refused").asInt()).isEqualTo(1);
        JsonNode refusal = job.path("refusedRows").get(0);
        assertThat(refusal.path("row").asInt()).isEqualTo(3);
        assertThat(refusal.path("column").asString()).isEqualTo("roles");
        assertThat(refusal.path("code").asString()).isEqualTo("refused.import.unknown-role");
        assertThat(refusal.path("reason").asString()).startsWith("未知角色 SHIPPER");
        assertThat(enterpriseExists(bad.get(ImportColumn.CREDIT_CODE))).isFalse();
    }

    @Test
    void R02_a_row_refused_half_way_by_a_plate_of_another_enterprise_leaves_no_enterprise_behind() throws Exception {
        Map<ImportColumn, String> first = ImportFiles.receiverAndCarrier();
        ImportJobsPolling.importAndWait(api, new ImportFiles().row(first));
        Map<ImportColumn, String> second = ImportFiles.receiverAndCarrier();
        second.put(ImportColumn.VEHICLES, ImportFiles.plate() + "/证1;" + first.get(ImportColumn.VEHICLES));
        long events = api.storedEvents();

        JsonNode job = ImportJobsPolling.importAndWait(api, new ImportFiles().row(second));

        JsonNode refusal = job.path("refusedRows").get(0);
        assertThat(refusal.path("column").asString()).isEqualTo("vehicles");
        assertThat(refusal.path("rule").asString()).isEqualTo("R02");
        assertThat(enterpriseExists(second.get(ImportColumn.CREDIT_CODE))).isFalse();
        assertThat(api.storedEvents()).isEqualTo(events);
    }

    @Test
    void a_registered_enterprise_gets_what_it_lacks_and_is_never_overwritten() throws Exception {
        Map<ImportColumn, String> row = ImportFiles.receiverAndCarrier();
        String vehicles = row.remove(ImportColumn.VEHICLES);
        ImportJobsPolling.importAndWait(api, new ImportFiles().row(row));
        Map<ImportColumn, String> renamed = new java.util.EnumMap<>(row);
        renamed.put(ImportColumn.NAME, "改名企业");
        row.put(ImportColumn.VEHICLES, vehicles);

        JsonNode added = ImportJobsPolling.importAndWait(api, new ImportFiles().row(row));
        JsonNode conflicting = ImportJobsPolling.importAndWait(api, new ImportFiles().row(renamed));

        assertThat(added.path("updated").asInt()).isEqualTo(1);
        assertThat(conflicting.path("refusedRows").get(0).path("column").asString()).isEqualTo("name");
    }

    @Test
    void an_xlsx_workbook_with_chinese_headers_imports() throws Exception {
        Map<ImportColumn, String> row = ImportFiles.receiverAndCarrier();
        byte[] xlsx = new ImportFiles().row(row).xlsx();

        JsonNode job = ImportJobsPolling.finished(api, ImportJobsPolling.upload(api, "企业.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));

        assertThat(job.path("created").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(enterpriseExists(row.get(ImportColumn.CREDIT_CODE))).isTrue();
    }

    @Test
    void a_header_without_a_required_column_is_refused_naming_it_and_nothing_is_imported() throws Exception {
        String csv = "creditCode,name,regionCode,address,roles,contactName\n"
                + "91360200MA35G8XK2H,某公司,360203,某地址,PRODUCER,王\n";
        long events = api.storedEvents();

        api.upload(Api.ADMIN, EnterpriseImportController.PATH, "e.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactPhone"));
        assertThat(api.storedEvents()).isEqualTo(events);
    }

    @Test
    void a_file_of_another_type_is_refused_as_unsupported() throws Exception {
        api.upload(Api.ADMIN, EnterpriseImportController.PATH, "photo.png", "image/png", new byte[]{1, 2, 3})
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void the_template_is_a_csv_with_the_header_and_a_commented_example() throws Exception {
        String template = api.get(Api.ADMIN, EnterpriseImportController.PATH + "/template.csv")
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(template).startsWith("\uFEFFcreditCode,name,regionCode");
        assertThat(template.split("\r\n")[1]).startsWith("# ");
    }

    @Test
    void a_job_left_running_by_a_node_that_stopped_is_shown_interrupted() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into enterprise_import_job (id, state, file_name, total, processed, created, updated,
                    unchanged, refused, node_id, heartbeat_at, started_at)
                values (?, 'RUNNING', 'old.csv', 10, 4, 4, 0, 0, 0, ?, ?, ?)""", id, UUID.randomUUID(),
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)),
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3700)));

        api.get(Api.ADMIN, EnterpriseImportController.PATH + "/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("INTERRUPTED"))
                .andExpect(jsonPath("$.created").value(4));
    }

    private boolean enterpriseExists(String creditCode) {
        return jdbc.queryForObject("select count(*) from enterprise_view where credit_code = ?", Integer.class,
                creditCode) > 0;
    }

    private UUID enterpriseId(String creditCode) {
        return jdbc.queryForObject("select id from enterprise_view where credit_code = ?", UUID.class, creditCode);
    }
}
