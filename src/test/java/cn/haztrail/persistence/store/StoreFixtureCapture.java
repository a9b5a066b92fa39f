package cn.haztrail.persistence.store;

import cn.haztrail.HazTrailApplication;
import cn.haztrail.approval.api.RecordApproval;
import cn.haztrail.approval.command.ApprovalRecording;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.registry.api.AmendLicence;
import cn.haztrail.registry.api.SingleScopeTerms;
import cn.haztrail.registry.api.ReinstateLicence;
import cn.haztrail.registry.api.SuspendLicence;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the event store of a fresh installation (the demo data plus the licence and approval events the demo does
 * not make) to a resource file, exactly as stored, so that a later version can prove it still reads this version's
 * store ({@link PreviousVersionStoreTest}). Run it once per released version, on that version's code (v0.1 was
 * captured before licences had lines, with the licence amendment in its single-scope form):
 * {@code -Dtest=StoreFixtureCapture -Dstore.capture=src/test/resources/stores/<version>-events.json}.
 */
@EnabledIfSystemProperty(named = "store.capture", matches = ".+")
class StoreFixtureCapture {

    static final UUID CEMENT_LICENCE = UUID.nameUUIDFromBytes("赣危废经字第360900007号".getBytes(StandardCharsets.UTF_8));
    static final UUID SHENZHEN_LICENCE = UUID.nameUUIDFromBytes("粤危废经字第440300021号".getBytes(StandardCharsets.UTF_8));
    static final UUID APPROVAL = UUID.nameUUIDFromBytes("store-fixture:approval".getBytes(StandardCharsets.UTF_8));

    @Test
    void capture() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HazTrailApplication.class)
                .profiles("test").run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:store-capture;"
                        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
                        + "DB_CLOSE_ON_EXIT=FALSE")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            commands.sendAndWait(new AmendLicence(DemoParties.CEMENT_PLANT, CEMENT_LICENCE,
                    new SingleScopeTerms(List.of("HW08", "HW12", "HW17", "HW18", "HW49"), List.of("900-402-06"),
                            List.of("900-044-49", "900-045-49"), List.of("C1", "R9")).asLines(), new BigDecimal("45000"),
                    LocalDate.of(2028, 12, 31), "扩建，核增产能", null));
            commands.sendAndWait(new SuspendLicence(DemoParties.SHENZHEN_RECYCLER, SHENZHEN_LICENCE, "停产整顿", null));
            commands.sendAndWait(new ReinstateLicence(DemoParties.SHENZHEN_RECYCLER, SHENZHEN_LICENCE, "整改完成", null));
            app.getBean(ApprovalRecording.class).record(new RecordApproval(APPROVAL, "赣固危转字2026第0001号",
                    DemoParties.CHEMICAL_PLANT, DemoParties.SHENZHEN_RECYCLER, List.of("900-249-08"), "R9",
                    new BigDecimal("50"), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), null));
            List<Map<String, Object>> rows = app.getBean(JdbcTemplate.class).query("select * from domain_event_entry "
                    + "order by global_index", (rs, i) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("global_index", rs.getLong("global_index"));
                row.put("aggregate_identifier", rs.getString("aggregate_identifier"));
                row.put("sequence_number", rs.getLong("sequence_number"));
                row.put("type", rs.getString("type"));
                row.put("event_identifier", rs.getString("event_identifier"));
                row.put("time_stamp", rs.getString("time_stamp"));
                row.put("payload_type", rs.getString("payload_type"));
                row.put("payload_revision", rs.getString("payload_revision"));
                row.put("payload", new String(rs.getBytes("payload"), StandardCharsets.UTF_8));
                byte[] meta = rs.getBytes("meta_data");
                row.put("meta_data", meta == null ? null : new String(meta, StandardCharsets.UTF_8));
                return row;
            });
            Files.writeString(Path.of(System.getProperty("store.capture")), JsonMapper.builder().build()
                    .writerWithDefaultPrettyPrinter().writeValueAsString(rows), StandardCharsets.UTF_8);
        }
    }
}
