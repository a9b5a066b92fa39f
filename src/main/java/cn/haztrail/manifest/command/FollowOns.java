package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The waste a manifest did not accept and the follow-on manifests that carry it back or on (R18, R40). */
final class FollowOns {

    /** A line was rejected, or accepted in part. */
    private boolean wasteNotAccepted;
    private final Set<UUID> linked = new HashSet<>();

    void received(ManifestReceived event) {
        wasteNotAccepted = event.lines().stream().anyMatch(line -> line.decision() == LineDecision.REJECT
                || line.decision() == LineDecision.PARTIAL);
    }

    /** R18: only waste a receipt did not accept may be carried back or on. */
    void requireWasteToFollow(ManifestProgress progress) {
        progress.require("R18", ManifestStatus.RECEIVED);
        if (!wasteNotAccepted) {
            throw CommandRefused.conflict("R18", "previousManifestId",
                    Translatable.of("refused.manifest.nothing-rejected"));
        }
    }

    boolean isLinked(UUID followOn) {
        return linked.contains(followOn);
    }

    void linked(UUID followOn) {
        linked.add(followOn);
    }
}
