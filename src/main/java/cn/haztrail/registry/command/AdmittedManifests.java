package cn.haztrail.registry.command;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which manifests a receiver has admitted (R04): a repeated confirmation, a release after the admission or a second
 * admission of one manifest is told by this, not by the Enterprise's own fields, so its snapshot does not grow with
 * every receipt and no receipt is ever forgotten. Kept in the admitting command's own transaction
 * ({@link AdmittedManifestTable}).
 */
public interface AdmittedManifests {

    /** Those of the manifests the receiver has admitted, asked in one question (several receipts at once). */
    Set<UUID> admittedAmong(UUID receiverId, Collection<UUID> manifestIds);

    default boolean admitted(UUID receiverId, UUID manifestId) {
        return admittedAmong(receiverId, List.of(manifestId)).contains(manifestId);
    }
}
