package cn.haztrail.backflow.query;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.RecordWriter;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A city's custody history in the backflow format (issue 17): every manifest leaving the city (cancelled ones too)
 * with the steps it reached, the batches on them and their disposals, each record after the enterprises and batches it
 * names. Read from the event store stream by stream, so what is exported is what was recorded; a later import of
 * the file into another installation gives the same custody chains, indicators and flows. Written as it is read, a
 * page of manifests at a time ({@link CityPages}): memory holds one page and the enterprises written, whatever the
 * size of the city's history. The disposals follow in a second pass, after every manifest that carried a batch.
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
        Map<UUID, String> creditCodes = creditCodes();
        ExportedManifests reader = new ExportedManifests(zone, creditCodes);
        CityPages pages = new CityPages(jdbc, city);
        Set<UUID> enterprisesWritten = new HashSet<>();
        for (List<CityPages.Entry> page = pages.after(null); !page.isEmpty();
             page = pages.after(page.get(page.size() - 1))) {
            Map<UUID, ExportedManifests.Exported> manifests = new LinkedHashMap<>();
            for (CityPages.Entry entry : page) {
                ExportedManifests.Exported exported = reader.read(entry.id(), events(entry.id()));
                if (exported != null) {
                    manifests.put(entry.id(), exported);
                }
            }
            Map<UUID, UUID> firstBatches = firstBatches(pages, manifests);
            manifests.forEach((manifestId, exported) -> {
                exported.parties().forEach(party -> enterprise(party, creditCodes, enterprisesWritten, out));
                firstBatches.forEach((batchId, carrier) -> {
                    if (carrier.equals(manifestId)) {
                        batch(batchId, creditCodes, enterprisesWritten, out);
                    }
                });
                out.write(exported.record());
            });
        }
        for (List<CityPages.Entry> page = pages.after(null); !page.isEmpty();
             page = pages.after(page.get(page.size() - 1))) {
            Map<UUID, List<UUID>> batchesOf = pages.lines(page);
            CityPages.firstCarriedBy(batchesOf, pages.firstManifests(batchesOf.values().stream()
                    .flatMap(List::stream).distinct().toList())).keySet()
                    .forEach(batchId -> disposals(batchId, creditCodes, out));
        }
    }

    private static Map<UUID, UUID> firstBatches(CityPages pages, Map<UUID, ExportedManifests.Exported> manifests) {
        Map<UUID, List<UUID>> batchesOf = new LinkedHashMap<>();
        manifests.forEach((id, exported) -> batchesOf.put(id, exported.batches()));
        return CityPages.firstCarriedBy(batchesOf,
                pages.firstManifests(batchesOf.values().stream().flatMap(List::stream).distinct().toList()));
    }

    private List<? extends DomainEventMessage<?>> events(UUID aggregateId) {
        return eventStore.readEvents(aggregateId.toString()).asStream().toList();
    }

    private static void enterprise(UUID enterprise, Map<UUID, String> creditCodes, Set<UUID> written,
                                   RecordWriter out) {
        String code = creditCodes.get(enterprise);
        if (code != null && written.add(enterprise)) {
            out.write(record(RecordType.ENTERPRISE, "E-" + code, Map.of(Field.CREDIT_CODE, code)));
        }
    }

    private void batch(UUID batchId, Map<UUID, String> creditCodes, Set<UUID> enterprisesWritten, RecordWriter out) {
        for (DomainEventMessage<?> event : events(batchId)) {
            if (event.getPayload() instanceof BatchRegistered registered) {
                enterprise(registered.producerId(), creditCodes, enterprisesWritten, out);
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
                out.write(record(RecordType.BATCH, "B-" + batchId, values));
            }
        }
    }

    private void disposals(UUID batchId, Map<UUID, String> creditCodes, RecordWriter out) {
        for (DomainEventMessage<?> event : events(batchId)) {
            if (event.getPayload() instanceof BatchDisposed disposed) {
                Map<Field, String> values = new EnumMap<>(Field.class);
                values.put(Field.BATCH_SOURCE_ID, "B-" + batchId);
                values.put(Field.RECEIVER_CREDIT_CODE, creditCodes.get(disposed.receiverId()));
                values.put(Field.METHOD_CODE, disposed.methodCode());
                values.put(Field.QUANTITY, disposed.quantity().value().toPlainString());
                values.put(Field.UNIT, disposed.quantity().unit().symbol());
                values.put(Field.DISPOSED_ON, disposed.disposedOn().toString());
                // when it was recorded (the business time its chain shows), so an import keeps the chain's order
                Instant at = AuditMetadata.businessTime(event.getMetaData(), disposed.disposedAt() != null
                        ? disposed.disposedAt() : event.getTimestamp());
                values.put(Field.DISPOSED_AT, at.atZone(zone).toOffsetDateTime().toString());
                out.write(record(RecordType.DISPOSAL, "D-" + batchId, values));
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
