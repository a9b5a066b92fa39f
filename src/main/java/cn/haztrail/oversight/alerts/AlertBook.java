package cn.haztrail.oversight.alerts;

import cn.haztrail.shared.i18n.Translatable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Opens and closes alerts for the projections and the scheduled check. Opening is "insert unless the id exists" and
 * closing keeps the first closing time, so that redelivered and replayed events change nothing. A new alert is
 * flushed at once, so that the lookups that skip flushing ({@link AlertRepository}) find it.
 */
@Component
class AlertBook {

    private static final Logger log = LoggerFactory.getLogger(AlertBook.class);

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

    private void save(AlertRecord alert) {
        alerts.saveAndFlush(alert);
        if (alert.manifestId() != null) {
            manifests.opened(alert.manifestId());
        }
    }

    boolean exists(UUID id) {
        return alerts.findById(id).isPresent();
    }

    void close(UUID id, Instant at) {
        alerts.findById(id).ifPresent(alert -> closeOrWithdraw(alert, at));
    }

    void closeForManifest(UUID manifestId, AlertType type, Instant at) {
        alerts.findByManifestIdAndTypeAndState(manifestId, type, AlertState.OPEN)
                .forEach(alert -> closeOrWithdraw(alert, at));
    }

    void closeForBatch(UUID batchId, AlertType type, Instant at) {
        alerts.findByBatchIdAndTypeAndState(batchId, type, AlertState.OPEN)
                .forEach(alert -> closeOrWithdraw(alert, at));
    }

    /**
     * Alerts judge business time: a cause resolved (in the world) before it arose never stood, for instance a receipt
     * made in time but entered after its deadline fired, or a batch picked up before its storage limit but entered
     * after it. Such an alert is withdrawn, not closed before it opened.
     */
    private void closeOrWithdraw(AlertRecord alert, Instant at) {
        if (alert.state() == AlertState.OPEN && at.isBefore(alert.openedAt())) {
            alerts.delete(alert);
            alerts.flush();
            return;
        }
        alert.close(at);
    }

    /** Closes the alert at the step that closes it by the events' order, or withdraws it ({@link #closeOrWithdraw}). */
    void settle(AlertRecord alert, Instant at) {
        if (at.isBefore(alert.openedAt())) {
            alerts.delete(alert);
            alerts.flush();
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
        alerts.findByManifestId(manifestId).forEach(alert -> alert.numbered(number));
    }

    /** Only for an alert that, by the events, never stood (see {@link ManifestAlerts}). */
    void withdraw(UUID id) {
        alerts.findById(id).ifPresent(alert -> {
            alerts.delete(alert);
            alerts.flush();
        });
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
