package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.WasteAdmitted;
import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An installation upgraded to the command side's table of admitted manifests finds every manifest its receivers
 * admitted before in it, however long ago, so a repeated confirmation still changes nothing (R04): the migration
 * copies them from the stored events once.
 */
class AdmittedManifestsMigrationTest {

    private static final UUID RECEIVER = UUID.fromString("8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f");
    private static final UUID ADMITTED = UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");
    private static final UUID UNCOVERED = UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");

    @Test
    void R04_manifests_admitted_before_the_table_existed_are_in_it_once_each() {
        MigrationDatabase database = new MigrationDatabase("admitted-manifests-migration",
                new V193__AdmittedManifestsFromEvents()).migrateTo("191");
        JdbcTemplate jdbc = database.jdbc();
        UUID licence = UUID.randomUUID();
        stored(jdbc, 1, WasteAdmitted.class, "{\"receiverId\":\"" + RECEIVER + "\",\"licenceId\":\"" + licence
                + "\",\"manifestId\":\"" + ADMITTED + "\",\"licenceYearStart\":\"2024-01-01\",\"tonnes\":5}");
        stored(jdbc, 2, AdmissionOverrun.class, "{\"receiverId\":\"" + RECEIVER + "\",\"manifestId\":\"" + ADMITTED
                + "\",\"licenceId\":\"" + licence + "\",\"onDate\":\"2024-03-01\",\"tonnes\":5,\"overTonnes\":1}");
        stored(jdbc, 3, AdmissionOverrun.class, "{\"receiverId\":\"" + RECEIVER + "\",\"manifestId\":\"" + UNCOVERED
                + "\",\"licenceId\":null,\"onDate\":\"2026-03-01\",\"tonnes\":2,\"overTonnes\":2}");

        database.migrate();

        List<Map<String, Object>> rows = jdbc.queryForList("select receiver_id, manifest_id from admitted_manifest "
                + "order by manifest_id");
        assertThat(rows).extracting(row -> row.get("receiver_id"), row -> row.get("manifest_id"))
                .containsExactly(tuple(RECEIVER, ADMITTED), tuple(RECEIVER, UNCOVERED));
    }

    private static void stored(JdbcTemplate jdbc, long position, Class<?> type, String payload) {
        jdbc.update("insert into domain_event_entry (global_index, sequence_number, payload, aggregate_identifier, "
                        + "event_identifier, payload_type, time_stamp, type) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 'Enterprise')",
                position, position, payload.getBytes(StandardCharsets.UTF_8), RECEIVER.toString(),
                UUID.randomUUID().toString(), type.getName(), "2026-03-01T00:00:00Z");
    }
}
