package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.WasteAdmitted;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Copies the manifests each receiver admitted before {@code admitted_manifest} existed from its stored events, as
 * {@link AdmittedManifestTable} would have kept them: every {@link WasteAdmitted}, and every {@link AdmissionOverrun}
 * (one with a licence follows its receipt's admission, so it adds nothing). The events are read through a cursor in
 * pages and the rows written in JDBC batches; the pairs copied so far are kept, so each is copied once. A Spring
 * bean: Spring Boot hands it to Flyway.
 */
@Component
class V193__AdmittedManifestsFromEvents extends BaseJavaMigration {

    private static final int PAGE = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Set<String> copied = new HashSet<>();
        try (Statement select = context.getConnection().createStatement();
             PreparedStatement insert = context.getConnection().prepareStatement(
                     "insert into admitted_manifest (receiver_id, manifest_id) values (?, ?)")) {
            select.setFetchSize(PAGE);
            int batched = 0;
            try (ResultSet events = select.executeQuery("select payload from domain_event_entry "
                    + "where payload_type in ('" + WasteAdmitted.class.getName() + "', '"
                    + AdmissionOverrun.class.getName() + "')")) {
                while (events.next()) {
                    JsonNode payload = json.readTree(events.getBytes(1));
                    String receiver = payload.path("receiverId").asString();
                    String manifest = payload.path("manifestId").asString();
                    if (copied.add(receiver + "/" + manifest)) {
                        insert.setObject(1, UUID.fromString(receiver));
                        insert.setObject(2, UUID.fromString(manifest));
                        insert.addBatch();
                        if (++batched % PAGE == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
