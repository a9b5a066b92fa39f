package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.plan.api.PlanAmended;
import cn.haztrail.plan.api.PlanFiled;
import cn.haztrail.plan.api.PlanFilingRecorded;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plan against reality: holds each producer's actual generation per year and code (R31) and each transfer's
 * receiver and methods (R32) against the version of its management plan the regulator recorded last. A producer
 * without a recorded plan raises neither alert: it is on the regulators' list of producers without a plan.
 *
 * <p>One segment ({@link OrderedAlerts}): it handles the plan's, the batches' and the manifests' events in the order
 * they were stored, live and on a replay alike, so each alert opens and closes at the same event (and business time)
 * whenever it is rebuilt. In the parallel segments of {@code oversight} a producer's batches could be judged before or
 * after its recorded plan, and the alert would open at another time on a replay. Each event stores its fact, then
 * judges the producer's year from every fact so far. An alert whose cause a later recorded version removes closes.
 */
@Component
@ProcessingGroup(OrderedAlerts.GROUP)
class PlanAlerts {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Set<AlertType> PLAN_TYPES = Set.of(AlertType.PLAN_EXCEEDED, AlertType.PLAN_UNLISTED_RECEIVER);

    private final PlanWatch watch;
    private final AlertBook book;
    private final AlertDirectory directory;
    private final BigDecimal exceedShare;

    PlanAlerts(PlanWatch watch, AlertBook book, AlertDirectory directory, PlanProperties properties) {
        this.watch = watch;
        this.book = book;
        this.directory = directory;
        this.exceedShare = properties.exceedShare();
    }

    @EventHandler
    void on(PlanFiled event) {
        watch.version(event.producerId(), event.year(), event.version(), event.contents());
    }

    @EventHandler
    void on(PlanAmended event) {
        watch.version(event.producerId(), event.year(), event.version(), event.contents());
    }

    @EventHandler
    void on(PlanFilingRecorded event, MetaData metaData, @Timestamp Instant recordedAt) {
        watch.recordedVersion(event.producerId(), event.year());
        watch.recorded(event.producerId(), event.year(), event.version());
        Instant at = AuditMetadata.businessTime(metaData, recordedAt);
        for (String code : watch.generatedCodes(event.producerId(), event.year())) {
            judgeGeneration(event.producerId(), event.year(), code, at);
        }
        for (UUID manifestId : watch.shipments(event.producerId(), event.year())) {
            watch.shipment(manifestId).ifPresent(shipment -> judgeShipment(shipment, at));
        }
    }

    @EventHandler
    void on(BatchRegistered event, MetaData metaData, @Timestamp Instant recordedAt) {
        if (!event.quantity().hasMass()) {
            return; // a volume has no tonnes to hold against the plan
        }
        int year = event.generatedAt().atZone(SHANGHAI).getYear();
        watch.generated(event.batchId(), event.producerId(), year, event.wasteCode(), event.quantity().tonnes());
        judgeGeneration(event.producerId(), year, event.wasteCode(), AuditMetadata.businessTime(metaData, recordedAt));
    }

    @EventHandler
    void on(ManifestDrafted event) {
        if (event.kind() == ManifestKind.TRANSFER) {
            watch.drafted(event.manifestId(), event.consignorId(), event.receiverId(), event.plannedMethod());
        }
    }

    @EventHandler
    void on(ManifestSubmitted event, MetaData metaData, @Timestamp Instant recordedAt) {
        Instant at = AuditMetadata.businessTime(metaData, recordedAt);
        watch.submitted(event.manifestId(), at.atZone(SHANGHAI).getYear(), event.number());
        watch.shipment(event.manifestId()).ifPresent(shipment -> judgeShipment(shipment, at));
    }

    @EventHandler
    void on(ManifestReceived event, MetaData metaData, @Timestamp Instant recordedAt) {
        for (LineOutcome line : event.lines()) {
            if (line.methodCode() != null) {
                watch.receivedBy(event.manifestId(), line.methodCode());
            }
        }
        watch.shipment(event.manifestId()).filter(shipment -> shipment.year() != null)
                .ifPresent(shipment -> judgeShipment(shipment, AuditMetadata.businessTime(metaData, recordedAt)));
    }

    /** A replay rebuilds the plan alerts and their facts; the other alerts belong to {@code oversight}. */
    @ResetHandler
    void reset() {
        watch.clear();
        book.clear(PLAN_TYPES);
    }

    /** R31: actual generation of the code in the year above the recorded plan by more than the share allowed. */
    private void judgeGeneration(UUID producerId, int year, String code, Instant at) {
        Integer version = watch.recordedVersion(producerId, year);
        if (version == null) {
            return;
        }
        UUID id = AlertIds.of(AlertType.PLAN_EXCEEDED, producerId, year, code);
        BigDecimal actual = watch.actual(producerId, year, code);
        BigDecimal planned = watch.planned(producerId, year, version, code).orElse(null);
        AlertDirectory.Enterprise producer = directory.enterprise(producerId);
        Translatable detail = null;
        if (planned == null && actual.signum() > 0) {
            detail = Translatable.of("alert.plan-exceeded-unplanned", producer.name(), plain(actual), code, year);
        } else if (planned != null && actual.compareTo(planned.multiply(BigDecimal.ONE.add(exceedShare))) > 0) {
            BigDecimal over = actual.subtract(planned).multiply(HUNDRED).divide(planned, 1, RoundingMode.HALF_UP);
            detail = Translatable.of("alert.plan-exceeded", producer.name(), plain(actual), code, year, plain(over),
                    plain(planned), plain(exceedShare.multiply(HUNDRED)));
        }
        if (detail != null) {
            book.openOrRedescribe(new AlertRecord(id, AlertType.PLAN_EXCEEDED, at, AlertType.PLAN_EXCEEDED.rule(),
                    detail).inRegions(producer.regionCode(), null).involving(AlertBook.party(producer, "PRODUCER")));
        } else {
            book.close(id, at);
        }
    }

    /** R32: a transfer to a receiver the recorded plan does not name, or by a method it does not plan there. */
    private void judgeShipment(PlanWatch.Shipment shipment, Instant at) {
        if (shipment.year() == null) {
            return;
        }
        Integer version = shipment.yearKnown() ? shipment.recordedVersion()
                : watch.recordedVersion(shipment.consignorId(), shipment.year());
        if (version == null) {
            return;
        }
        UUID id = AlertIds.of(AlertType.PLAN_UNLISTED_RECEIVER, shipment.manifestId());
        Map<UUID, Set<String>> planned = watch.receivers(shipment.consignorId(), shipment.year(), version);
        AlertDirectory.Enterprise producer = directory.enterprise(shipment.consignorId());
        AlertDirectory.Enterprise receiver = directory.enterprise(shipment.receiverId());
        Translatable detail = null;
        if (!planned.containsKey(shipment.receiverId())) {
            detail = Translatable.of("alert.plan-unlisted-receiver", receiver.name(), shipment.year(), producer.name());
        } else {
            Set<String> methods = watch.methods(shipment);
            methods.removeAll(planned.get(shipment.receiverId()));
            if (!methods.isEmpty()) {
                detail = Translatable.of("alert.plan-unlisted-method", receiver.name(), String.join(", ", methods),
                        shipment.year(), producer.name(), String.join(", ", planned.get(shipment.receiverId())));
            }
        }
        if (detail != null) {
            book.openOrRedescribe(new AlertRecord(id, AlertType.PLAN_UNLISTED_RECEIVER, at,
                    AlertType.PLAN_UNLISTED_RECEIVER.rule(), detail)
                    .aboutManifest(shipment.manifestId(), shipment.number())
                    .inRegions(producer.regionCode(), receiver.regionCode())
                    .involving(AlertBook.party(producer, "CONSIGNOR"))
                    .involving(AlertBook.party(receiver, "RECEIVER")));
        } else {
            book.close(id, at);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
