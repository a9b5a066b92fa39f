package cn.haztrail.manifest.process;

import cn.haztrail.manifest.api.LinkFollowOn;
import cn.haztrail.manifest.api.ManifestDrafted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * After a follow-on manifest is drafted, the manifest whose waste it carries records the link (R18): its own process,
 * so the draft's transaction writes only the new manifest and this one only the old. Drafting asked the old manifest
 * first ({@link cn.haztrail.manifest.api.CheckFollowOn}), and a manifest received with waste not accepted stays so,
 * so the link is never refused; repeated, it changes nothing, so a retry after a failure or a crash is safe.
 */
@Component
@ProcessingGroup(ProcessCommands.GROUP)
@DisallowReplay
class FollowOnLinking {

    private final ProcessCommands commands;

    FollowOnLinking(ProcessCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ManifestDrafted drafted) {
        if (drafted.previousManifestId() != null) {
            commands.send(new LinkFollowOn(drafted.previousManifestId(), drafted.manifestId(), drafted.kind()));
        }
    }
}
