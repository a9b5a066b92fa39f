package cn.haztrail.backflow.query;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.RecordWriter;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.catalogue.WorkingDayCalendar;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A city's custody history in the backflow format (issue 17): every manifest leaving the city (not cancelled) with
 * the steps it reached, the batches on them and their disposals, after the enterprises they name. Read from the
 * event store stream by stream, so what is exported is what was recorded; a later import of the file into another
 * installation gives the same custody chains, indicators and flows.
 */
@Component
public class CityExport {

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final ZoneId zone;

    CityExport(JdbcTemplate jdbc, EventStore eventStore, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.zone = calendar.zone();
    }

    public void export(String city, RecordWriter out) {
        List<UUID> manifests = jdbc.queryForList("""
                select id from manifest_view where origin_region like ? and status <> 'CANCELLED'
                order by drafted_at, id""", UUID.class, city.substring(0, 4) + "%");
        Map<UUID, String> creditCodes = creditCodes();
        List<SourceRecord> manifestRecords = new ArrayList<>();
        Map<UUID, SourceRecord> batches = new LinkedHashMap<>();
        List<SourceRecord> disposals = new ArrayList<>();
        Set<UUID> enterprises = new LinkedHashSet<>();
        ExportedManifests reader = new ExportedManifests(zone, creditCodes);
        for (UUID manifestId : manifests) {
            List<? extends DomainEventMessage<?>> events = eventStore.readEvents(manifestId.toString()).asStream()
                    .toList();
            ExportedManifests.Exported exported = reader.read(manifestId, events);
            if (exported == null) {
                continue;
            }
            manifestRecords.add(exported.record());
            enterprises.addAll(exported.parties());
            for (UUID batchId : exported.batches()) {
                if (!batches.containsKey(batchId)) {
                    readBatch(batchId, creditCodes, batches, disposals, enterprises);
                }
            }
        }
        for (UUID enterprise : enterprises) {
            String code = creditCodes.get(enterprise);
            if (code != null) {
                out.write(record(RecordType.ENTERPRISE, "E-" + code, Map.of(Field.CREDIT_CODE, code)));
            }
        }
        batches.values().forEach(out::write);
        manifestRecords.forEach(out::write);
        disposals.forEach(out::write);
    }

    private void readBatch(UUID batchId, Map<UUID, String> creditCodes, Map<UUID, SourceRecord> batches,
                           List<SourceRecord> disposals, Set<UUID> enterprises) {
        for (DomainEventMessage<?> event : eventStore.readEvents(batchId.toString()).asStream().toList()) {
            if (event.getPayload() instanceof BatchRegistered registered) {
                enterprises.add(registered.producerId());
                Map<Field, String> values = new EnumMap<>(Field.class);
                values.put(Field.PRODUCER_CREDIT_CODE, creditCodes.get(registered.producerId()));
                values.put(Field.LABEL_ID, registered.labelId());
                values.put(Field.WASTE_CODE, registered.wasteCode());
                values.put(Field.EDITION, registered.edition());
                values.put(Field.QUANTITY, registered.quantity().value().toPlainString());
                values.put(Field.UNIT, registered.quantity().unit().symbol());
                values.put(Field.PHYSICAL_FORM, registered.form().name());
                values.put(Field.PACKAGING_TYPE, registered.packaging().type().name());
                values.put(Field.PACKAGING_COUNT, String.valueOf(registered.packaging().count()));
                values.put(Field.HAZARDS, String.join(",", registered.hazards().stream().map(Enum::name).toList()));
                values.put(Field.MAIN_COMPONENTS, registered.mainComponents());
                values.put(Field.GENERATED_AT, registered.generatedAt().atZone(zone).toOffsetDateTime().toString());
                values.put(Field.STORAGE_LOCATION, registered.storageLocation());
                batches.put(batchId, record(RecordType.BATCH, "B-" + batchId, values));
            } else if (event.getPayload() instanceof BatchDisposed disposed) {
                Map<Field, String> values = new EnumMap<>(Field.class);
                values.put(Field.BATCH_SOURCE_ID, "B-" + batchId);
                values.put(Field.RECEIVER_CREDIT_CODE, creditCodes.get(disposed.receiverId()));
                values.put(Field.METHOD_CODE, disposed.methodCode());
                values.put(Field.QUANTITY, disposed.quantity().value().toPlainString());
                values.put(Field.UNIT, disposed.quantity().unit().symbol());
                values.put(Field.DISPOSED_ON, disposed.disposedOn().toString());
                disposals.add(record(RecordType.DISPOSAL, "D-" + batchId, values));
            }
        }
    }

    private Map<UUID, String> creditCodes() {
        Map<UUID, String> codes = new LinkedHashMap<>();
        jdbc.query("select owner_id, claim_value from claimed_identifier where kind = 'CREDIT_CODE'",
                rs -> {
                    codes.put(rs.getObject("owner_id", UUID.class), rs.getString("claim_value"));
                });
        return codes;
    }

    static SourceRecord record(RecordType type, String sourceId, Map<Field, String> fields) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.RECORD_TYPE, type.name());
        values.put(Field.SOURCE_RECORD_ID, sourceId);
        values.putAll(fields);
        return new SourceRecord(0, values);
    }
}
