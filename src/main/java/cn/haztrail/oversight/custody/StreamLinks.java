package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.FollowOnLinked;
import cn.haztrail.manifest.api.ManifestDrafted;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which other streams an event names, so that the walk discovers the chain from the events themselves: the custody
 * events of batches recorded before issue 16 name the manifests the batch was on (now {@link StreamWalker} finds them
 * without: a batch's stream no longer names them); a manifest names its previous and follow-on manifests and, in its drafted
 * lines, its batches. A manifest's batches are followed only from the manifest asked for: another batch that
 * travelled on a linked manifest is someone else's waste. A repacked batch's sources are lineage, followed by
 * {@link StreamWalker} in one direction at a time.
 */
final class StreamLinks {

    private StreamLinks() {
    }

    static List<StreamRef> of(Object payload, boolean withBatches) {
        UUID manifest = manifestNamedBy(payload);
        if (manifest != null) {
            return List.of(StreamRef.manifest(manifest));
        }
        if (payload instanceof FollowOnLinked linked) {
            return List.of(StreamRef.manifest(linked.followOnManifestId()));
        }
        if (payload instanceof ManifestDrafted drafted) {
            List<StreamRef> links = new ArrayList<>();
            if (drafted.previousManifestId() != null) {
                links.add(StreamRef.manifest(drafted.previousManifestId()));
            }
            if (withBatches) {
                drafted.lines().stream().map(BatchLine::batchId).map(StreamRef::batch).forEach(links::add);
            }
            return links;
        }
        return List.of();
    }

    private static UUID manifestNamedBy(Object payload) {
        if (payload instanceof BatchAllocated e) {
            return e.manifestId();
        }
        if (payload instanceof BatchReleased e) {
            return e.manifestId();
        }
        if (payload instanceof BatchPickedUp e) {
            return e.manifestId();
        }
        if (payload instanceof BatchDelivered e) {
            return e.manifestId();
        }
        if (payload instanceof BatchReceived e) {
            return e.manifestId();
        }
        if (payload instanceof BatchRejected e) {
            return e.manifestId();
        }
        if (payload instanceof BatchReturnedToStorage e) {
            return e.manifestId();
        }
        return null;
    }
}
