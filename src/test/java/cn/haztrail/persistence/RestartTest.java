package cn.haztrail.persistence;

import cn.haztrail.HazTrailApplication;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.application.EnterpriseRegistration;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.support.TestCreditCodes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Events are really persisted: a second application on the same H2 file finds everything the first stored. */
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HazTrailApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.jpa.database-platform=cn.haztrail.shared.persistence.H2BinaryLobDialect",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("haztrail")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
    }

    /**
     * Events stored by commands; the demo's overdue storage deadline fires in the background, in either start, and so
     * may an integrity seal and the confirmation of the demo receipt's hold on the receiver (a process).
     */
    private static long events(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry "
                + "where payload_type not like '%Overdue' and payload_type not like '%IntegritySealed' "
                + "and payload_type not like '%WasteAdmitted'", Long.class);
    }

    @Test
    void a_restarted_application_finds_the_same_data_and_continues_the_streams() {
        UUID carrier = UUID.randomUUID();
        long eventsBeforeRestart;
        try (var first = start()) {
            first.getBean(EnterpriseRegistration.class).register(carrier, TestCreditCodes.next("360203"),
                    "重启测试运输公司", "360203", "景德镇", new PersonalDetails("联系人", "0798-8000000", null, false),
                    List.of(PartyRole.CARRIER));
            first.getBean(CommandGateway.class).sendAndWait(new RegisterVehicle(carrier, "赣H00001", "证1", 0L));
            eventsBeforeRestart = events(first);
        }

        try (var second = start()) {
            assertThat(events(second)).as("demo data is loaded on the first start only").isEqualTo(eventsBeforeRestart);
            var profile = second.getBean(EnterpriseQueries.class).profile(carrier, true).orElseThrow();
            assertThat(profile.name()).isEqualTo("重启测试运输公司");
            assertThat(profile.contact().name()).isEqualTo("联系人");
            assertThat(profile.vehicles()).extracting("plate").containsExactly("赣H00001");

            second.getBean(CommandGateway.class).sendAndWait(new RegisterVehicle(carrier, "赣H00002", "证2", 1L));
            var jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select max(sequence_number) from domain_event_entry where "
                    + "aggregate_identifier = ?", Long.class, carrier.toString())).isEqualTo(2L);
            // STACK.md trap 4: a pooled sequence would jump by its allocation (about 50) after the restart. A single
            // missing index is a rolled-back append (a background confirmation that collided and was repeated)
            List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry order by global_index",
                    Long.class);
            for (int i = 1; i < indexes.size(); i++) {
                assertThat(indexes.get(i) - indexes.get(i - 1)).as("the global index after %d (STACK.md trap 4)",
                        indexes.get(i - 1)).isLessThan(5);
            }
        }
    }
}
