package cn.haztrail.registry.command;

import java.util.UUID;

/**
 * Which manifests a receiver has admitted (R04): a repeated confirmation, a release after the admission or a second
 * admission of one manifest is told by this, not by the Enterprise's own fields, so its snapshot does not grow with
 * every receipt and no receipt is ever forgotten. Kept in the admitting command's own transaction
 * ({@link AdmittedManifestTable}).
 */
public interface AdmittedManifests {

    boolean admitted(UUID receiverId, UUID manifestId);
}
