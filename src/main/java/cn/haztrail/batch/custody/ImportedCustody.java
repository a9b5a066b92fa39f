package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.imports.ImportedEventWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link CustodyLedger} for an imported chunk (issue 17): the chunk's custody rows read in one query, each step's
 * statement applied to them in memory with the same conditions (so a step moves a batch only from where it expects
 * it, and an allocation that finds the batch elsewhere fails the chunk), then written in two JDBC batches.
 */
@Component
class ImportedCustody implements ImportedEventWriter {

    private final JdbcTemplate jdbc;
    private final CustodyTable table;
    private final CustodyLedger ledger;
    private final StorageClock clock;

    ImportedCustody(JdbcTemplate jdbc, CustodyTable table, CustodyLedger ledger, StorageClock clock) {
        this.jdbc = jdbc;
        this.table = table;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String group() {
        return CustodyLedger.GROUP;
    }

    @Override
    public void write(List<? extends DomainEventMessage<?>> events) {
        Map<UUID, CustodyRow> rows = load(events);
        Set<UUID> returned = new LinkedHashSet<>();
        for (DomainEventMessage<?> message : events) {
            Object payload = message.getPayload();
            if (payload instanceof BatchRegistered event) {
                rows.put(event.batchId(), registered(event));
            } else if (payload instanceof ManifestDrafted event) {
                for (BatchLine line : event.lines()) {
                    allocate(rows.get(line.batchId()), event);
                }
            } else if (payload instanceof ManifestCancelled event) {
                onManifest(rows, event.manifestId(), "ALLOCATED", row -> {
                    row.status = row.rejectedOn == null ? "IN_STORAGE" : "REJECTED";
                    row.manifestId = row.rejectedOn;
                    row.rejectedOn = null;
                });
            } else if (payload instanceof ManifestPickedUp event) {
                onManifest(rows, event.manifestId(), "ALLOCATED", row -> {
                    row.status = "IN_TRANSIT";
                    row.rejectedOn = null;
                });
            } else if (payload instanceof ManifestArrived event) {
                onManifest(rows, event.manifestId(), "IN_TRANSIT", row -> row.status = "ARRIVED");
            } else if (payload instanceof ManifestReceived event) {
                for (LineOutcome line : event.lines()) {
                    receive(rows.get(line.batchId()), event, line, returned);
                }
            } else if (payload instanceof BatchDisposed event) {
                CustodyRow row = rows.get(event.batchId());
                if (row != null) {
                    row.status = "DISPOSED";
                    row.moved();
                }
            } else {
                ImportedEventWriter.refuseUnwritten(message, CustodyLedger.class);
            }
        }
        store(rows.values());
        returned.forEach(batchId -> table.find(batchId).ifPresent(clock::restart));
    }

    private Map<UUID, CustodyRow> load(List<? extends DomainEventMessage<?>> events) {
        Set<UUID> batches = new LinkedHashSet<>();
        Set<UUID> manifests = new LinkedHashSet<>();
        for (DomainEventMessage<?> message : events) {
            Object payload = message.getPayload();
            if (payload instanceof ManifestDrafted event) {
                event.lines().forEach(line -> batches.add(line.batchId()));
            } else if (payload instanceof ManifestReceived event) {
                event.lines().forEach(line -> batches.add(line.batchId()));
            } else if (payload instanceof BatchDisposed event) {
                batches.add(event.batchId());
            } else if (payload instanceof ManifestCancelled event) {
                manifests.add(event.manifestId());
            } else if (payload instanceof ManifestPickedUp event) {
                manifests.add(event.manifestId());
            } else if (payload instanceof ManifestArrived event) {
                manifests.add(event.manifestId());
            }
        }
        Map<UUID, CustodyRow> rows = new LinkedHashMap<>();
        if (batches.isEmpty() && manifests.isEmpty()) {
            return rows;
        }
        batches.add(new UUID(0, 0));
        manifests.add(new UUID(0, 0));
        new NamedParameterJdbcTemplate(jdbc).query("select * from batch_custody where batch_id in (:batches) "
                        + "or manifest_id in (:manifests) or rejected_on in (:manifests)",
                new MapSqlParameterSource("batches", batches).addValue("manifests", manifests),
                (java.sql.ResultSet row) -> {
                    CustodyRow custody = new CustodyRow(row);
                    rows.put(custody.batchId, custody);
                });
        return rows;
    }

    private CustodyRow registered(BatchRegistered event) {
        Object[] columns = {event.labelId(), event.edition(), event.wasteCode(),
                ledger.nameOf(event.edition(), event.wasteCode()), event.form().name(), event.packaging().type().name(),
                event.packaging().count(),
                event.hazards().stream().map(HazardCharacteristic::code).collect(Collectors.joining(",")),
                event.generatedAt().atOffset(ZoneOffset.UTC), event.storageLimitAt().atOffset(ZoneOffset.UTC)};
        return new CustodyRow(event.batchId(), event.producerId(), columns,
                event.quantity().value().toPlainString(), event.quantity().unit().name());
    }

    private static void allocate(CustodyRow row, ManifestDrafted event) {
        if (row == null || !(row.is("IN_STORAGE") || (row.is("REJECTED")
                && event.previousManifestId() != null && event.previousManifestId().equals(row.manifestId)))) {
            throw new ConcurrencyException("A batch of manifest " + event.manifestId() + " was allocated "
                    + "concurrently to another manifest");
        }
        row.rejectedOn = row.is("REJECTED") ? row.manifestId : null;
        row.manifestId = event.manifestId();
        row.status = "ALLOCATED";
        row.moved();
    }

    private static void onManifest(Map<UUID, CustodyRow> rows, UUID manifest, String status,
                                   java.util.function.Consumer<CustodyRow> step) {
        for (CustodyRow row : rows.values()) {
            if (row.on(manifest) && row.is(status)) {
                step.accept(row);
                row.moved();
            }
        }
    }

    /** As {@link CustodyLedger}: rejected, back in its producer's storage (a return manifest), or received. */
    private static void receive(CustodyRow row, ManifestReceived event, LineOutcome line, Set<UUID> returned) {
        boolean arrived = row != null && row.on(event.manifestId()) && row.is("ARRIVED");
        if (line.decision() == LineDecision.REJECT) {
            if (arrived) {
                row.status = "REJECTED";
                row.moved();
            }
        } else if (row != null && row.producerId.equals(event.receiverId())) {
            if (arrived) {
                row.status = "IN_STORAGE";
                row.manifestId = null;
                row.quantityValue = line.acceptedQuantity().value().toPlainString();
                row.quantityUnit = line.acceptedQuantity().unit().name();
                row.moved();
                returned.add(row.batchId);
            }
        } else {
            if (arrived) {
                row.status = "RECEIVED";
                row.acceptedBy = event.receiverId();
                row.acceptedValue = line.acceptedQuantity().value().toPlainString();
                row.acceptedUnit = line.acceptedQuantity().unit().name();
                row.receivedAt = event.receivedAt().atOffset(ZoneOffset.UTC);
                row.moved();
            }
            if (line.decision() == LineDecision.PARTIAL && row != null) {
                holdBack(row);
            }
        }
    }

    /** The declared mass the partial receipt did not accept, which the receiver holds all the same (R40). */
    private static void holdBack(CustodyRow row) {
        Quantity declared = quantity(row.quantityValue, row.quantityUnit);
        Quantity accepted = quantity(row.acceptedValue, row.acceptedUnit);
        if (declared.hasMass() && accepted != null && accepted.hasMass()) {
            BigDecimal rest = declared.tonnes().subtract(accepted.tonnes());
            if (rest.signum() > 0 && row.is("RECEIVED")) {
                row.remainderValue = CustodyTable.inUnit(rest, accepted.unit()).value().toPlainString();
                row.moved();
            }
        }
    }

    private static Quantity quantity(String value, String unit) {
        return value == null ? null : new Quantity(new BigDecimal(value), QuantityUnit.valueOf(unit));
    }

    private void store(Iterable<CustodyRow> rows) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (CustodyRow row : rows) {
            if (row.isNew) {
                Object[] r = row.registered;
                inserts.add(new Object[] {row.batchId, row.producerId, row.status, row.manifestId, row.rejectedOn,
                        r[0], r[1], r[2], r[3], row.quantityValue, row.quantityUnit, r[4], r[5], r[6], r[7], r[8],
                        r[9], row.acceptedBy, row.acceptedValue, row.acceptedUnit, row.receivedAt,
                        row.remainderValue, row.version});
            } else if (row.changed) {
                updates.add(new Object[] {row.status, row.manifestId, row.rejectedOn, row.quantityValue,
                        row.quantityUnit, row.acceptedBy, row.acceptedValue, row.acceptedUnit, row.receivedAt,
                        row.remainderValue, row.version, row.batchId});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into batch_custody (" + CustodyTable.COLUMNS + ", version) values "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update batch_custody set status = ?, manifest_id = ?, rejected_on = ?, quantity_value = ?, "
                    + "quantity_unit = ?, accepted_by = ?, accepted_value = ?, accepted_unit = ?, received_at = ?, "
                    + "remainder_value = ?, version = ? where batch_id = ?", updates);
        }
    }
}
