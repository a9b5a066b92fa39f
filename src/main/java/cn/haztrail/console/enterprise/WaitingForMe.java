package cn.haztrail.console.enterprise;

import cn.haztrail.console.manifest.ManifestActions;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.shared.security.Caller;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The manifests on which it is the acting enterprise's turn (submit, pick up, hand over, confirm arrival, receive,
 * approve a correction), the ones with a deadline first; a receipt counts down to its due time (R16).
 */
@Component
class WaitingForMe {

    /** Manifests that may still need a step; received and cancelled ones only for pending corrections. */
    private static final Set<ManifestStatus> OPEN = Set.of(ManifestStatus.DRAFT, ManifestStatus.SUBMITTED,
            ManifestStatus.IN_TRANSIT, ManifestStatus.ARRIVED, ManifestStatus.RECEIVED);
    private static final int SCANNED = 200;

    private final ManifestQueries manifests;
    private final Clock clock;

    WaitingForMe(ManifestQueries manifests, Clock clock) {
        this.manifests = manifests;
        this.clock = clock;
    }

    List<Item> of(Caller caller) {
        Instant now = clock.instant();
        return manifests.list(caller, null, null, 0, SCANNED).items().stream()
                .filter(m -> OPEN.contains(m.status()))
                .flatMap(m -> ManifestActions.of(m, caller.enterpriseId()).stream().flatMap(a ->
                        a == ManifestActions.APPROVE_CORRECTION ? corrections(m, caller.enterpriseId())
                                : Stream.of(new Item(m, a, a == ManifestActions.RECEIPT
                                        ? hoursLeft(now, m.receiptDueAt()) : null, null))))
                .sorted(Comparator.comparing(Item::hoursLeft, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** One item per correction that awaits this enterprise's decision, each leading to its own page. */
    private static Stream<Item> corrections(ManifestView manifest, UUID enterprise) {
        return manifest.corrections().stream().filter(c -> "PENDING".equals(c.state())
                        && c.awaitingApprovalOf().contains(enterprise.toString()))
                .map(c -> new Item(manifest, ManifestActions.APPROVE_CORRECTION, null, c.id()));
    }

    /** Whole hours until the deadline, negative once it passed; null without one. */
    static Long hoursLeft(Instant now, Instant due) {
        return due == null ? null : Math.floorDiv(Duration.between(now, due).toMinutes(), 60);
    }

    /** One step waiting for the enterprise. */
    record Item(ManifestView manifest, ManifestActions action, Long hoursLeft, UUID correctionId) {

        public String href() {
            return correctionId == null ? "/console/manifests/" + manifest.id() + action.path()
                    : "/console/manifests/" + manifest.id() + "/corrections/" + correctionId;
        }
    }
}
