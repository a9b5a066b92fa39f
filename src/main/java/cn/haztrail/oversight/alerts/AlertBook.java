package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.axon.ProcessingBatch;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Opens and closes alerts for the projections and the scheduled check. Opening is "insert unless the id exists" and
 * closing keeps the first closing time, so that redelivered and replayed events change nothing. A new alert is
 * found by the lookups that skip flushing ({@link AlertRepository}): flushed at once outside a processing batch,
 * added to their answers inside one ({@link #save}).
 */
@Component
class AlertBook {

    private static final Logger log = LoggerFactory.getLogger(AlertBook.class);
    private static final String UNFLUSHED = "oversight-unflushed-alerts";

    private final AlertRepository alerts;
    private final AlertDirectory directory;
    private final ManifestAlertPresence manifests;

    AlertBook(AlertRepository alerts, AlertDirectory directory, ManifestAlertPresence manifests) {
        this.alerts = alerts;
        this.directory = directory;
        this.manifests = manifests;
    }

    /** @return whether the alert is new */
    boolean open(AlertRecord alert) {
        // findById, not existsById: it answers from the transaction's persistence context without flushing it first.
        if (alerts.findById(alert.id()).isPresent()) {
            return false;
        }
        save(alert);
        return true;
    }

    /** Opens the alert, or, while it stands, gives it the latest occurrence's rule and detail. */
    void openOrRedescribe(AlertRecord alert) {
        alerts.findById(alert.id()).ifPresentOrElse(found -> found.redescribe(alert), () -> save(alert));
    }

    /**
     * In a processing batch the new alert is not flushed (a flush dirty-checks every row the batch holds): it is
     * inserted as the batch commits, and until then the lookups below add it to what the database answers.
     */
    private void save(AlertRecord alert) {
        if (CurrentUnitOfWork.isStarted()) {
            alerts.save(alert);
            ProcessingBatch.<UUID, AlertRecord>memo(UNFLUSHED).put(alert.id(), alert);
        } else {
            alerts.saveAndFlush(alert);
        }
        if (alert.manifestId() != null) {
            manifests.opened(alert.manifestId());
        }
    }

    /** What the database answers, and the alerts opened in this processing batch that {@code matches} accepts. */
    private static List<AlertRecord> withUnflushed(List<AlertRecord> found, Predicate<AlertRecord> matches) {
        Map<UUID, AlertRecord> unflushed = ProcessingBatch.memo(UNFLUSHED);
        if (unflushed.isEmpty()) {
            return found;
        }
        List<AlertRecord> all = new ArrayList<>(found);
        unflushed.values().stream().filter(matches).filter(alert -> !all.contains(alert)).forEach(all::add);
        return all;
    }

    /** The batch's alerts of these types (settled by {@link BatchAlerts}). */
    List<AlertRecord> forBatch(UUID batchId, Collection<AlertType> types) {
        return withUnflushed(alerts.findByBatchIdAndTypeIn(batchId, types),
                alert -> batchId.equals(alert.batchId()) && types.contains(alert.type()));
    }

    private void delete(AlertRecord alert) {
        ProcessingBatch.<UUID, AlertRecord>memo(UNFLUSHED).remove(alert.id());
        alerts.delete(alert);
        alerts.flush();
    }

    boolean exists(UUID id) {
        return alerts.findById(id).isPresent();
    }

    void close(UUID id, Instant at) {
        alerts.findById(id).ifPresent(alert -> closeOrWithdraw(alert, at));
    }

    void closeForManifest(UUID manifestId, AlertType type, Instant at) {
        withUnflushed(alerts.findByManifestIdAndTypeAndState(manifestId, type, AlertState.OPEN),
                alert -> manifestId.equals(alert.manifestId()) && alert.type() == type)
                .forEach(alert -> closeOrWithdraw(alert, at));
    }

    void closeForBatch(UUID batchId, AlertType type, Instant at) {
        withUnflushed(alerts.findByBatchIdAndTypeAndState(batchId, type, AlertState.OPEN),
                alert -> batchId.equals(alert.batchId()) && alert.type() == type)
                .forEach(alert -> closeOrWithdraw(alert, at));
    }

    /**
     * Alerts judge business time: a cause resolved (in the world) before it arose never stood, for instance a receipt
     * made in time but entered after its deadline fired, or a batch picked up before its storage limit but entered
     * after it. Such an alert is withdrawn, not closed before it opened.
     */
    private void closeOrWithdraw(AlertRecord alert, Instant at) {
        if (alert.state() == AlertState.OPEN && at.isBefore(alert.openedAt())) {
            delete(alert);
            return;
        }
        alert.close(at);
    }

    /** Closes the alert at the step that closes it by the events' order, or withdraws it ({@link #closeOrWithdraw}). */
    void settle(AlertRecord alert, Instant at) {
        if (at.isBefore(alert.openedAt())) {
            delete(alert);
            return;
        }
        alert.closedBy(at);
    }

    /** When the manifest's receipt was due (R16), once it has arrived. */
    Optional<Instant> receiptDueAt(UUID manifestId) {
        return directory.manifest(manifestId).map(AlertDirectory.Manifest::receiptDueAt);
    }

    /** A manifest's alerts raised before its submission learn its number. */
    void numberManifest(UUID manifestId, String number) {
        withUnflushed(alerts.findByManifestId(manifestId), alert -> manifestId.equals(alert.manifestId()))
                .forEach(alert -> alert.numbered(number));
    }

    /** Only for an alert that, by the events, never stood (see {@link ManifestAlerts}). */
    void withdraw(UUID id) {
        alerts.findById(id).ifPresent(this::delete);
    }

    /**
     * Every alert but those their own processors keep ({@link PlanAlerts}, {@link ExemptionAlerts},
     * {@link RoundAlerts}).
     */
    void clear() {
        EnumSet<AlertType> ownProcessors = EnumSet.copyOf(PlanAlerts.PLAN_TYPES);
        ownProcessors.addAll(ExemptionAlerts.TYPES);
        ownProcessors.addAll(RoundAlerts.TYPES);
        clear(EnumSet.complementOf(ownProcessors));
    }

    void clear(Set<AlertType> types) {
        List<String> names = types.stream().map(AlertType::name).toList();
        alerts.deleteParties(names);
        alerts.deleteAlerts(names);
    }

    /**
     * An alert about a manifest, naming its consignor, the carrier if given, and its receiver, in the regions of its
     * origin and destination.
     */
    AlertRecord aboutManifest(UUID id, AlertType type, UUID manifestId, Instant openedAt, String rule,
                              Translatable detail,                              UUID carrierId) {
        AlertRecord alert = new AlertRecord(id, type, openedAt, rule, detail);
        var found = directory.manifest(manifestId);
        if (found.isEmpty()) {
            log.warn("{} alert for manifest {} that the manifest view does not hold", type, manifestId);
            return alert.aboutManifest(manifestId, null);
        }
        var manifest = found.get();
        alert.aboutManifest(manifestId, manifest.number())
                .inRegions(manifest.originRegion(), manifest.destinationRegion())
                .involving(party(manifest.consignor(), "CONSIGNOR"));
        if (carrierId != null) {
            alert.involving(party(directory.enterprise(carrierId), "CARRIER"));
        }
        return alert.involving(party(manifest.receiver(), "RECEIVER"));
    }

    /** The long transit of a watched manifest, standing since its limit passed. */
    AlertRecord longTransit(TransitWatch watch, Duration limit) {
        Instant due = watch.pickedUpAt().plus(limit);
        return aboutManifest(AlertIds.of(AlertType.LONG_TRANSIT, watch.manifestId()), AlertType.LONG_TRANSIT,
                watch.manifestId(), due, AlertType.LONG_TRANSIT.rule(),
                Translatable.of("alert.long-transit", watch.pickedUpAt(), limit), watch.carrierId());
    }

    static AlertParty party(AlertDirectory.Enterprise enterprise, String role) {
        return new AlertParty(enterprise.id(), enterprise.name(), role);
    }
}
