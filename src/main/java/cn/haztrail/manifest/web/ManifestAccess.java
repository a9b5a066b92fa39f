package cn.haztrail.manifest.web;

import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestRecord;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * Finds the manifest a write is about for the caller (R21): not visible to the caller means 404 (existence does not
 * leak); visible but not the party this step belongs to means 403.
 */
@Component
public class ManifestAccess {

    private final ManifestQueries manifests;

    ManifestAccess(ManifestQueries manifests) {
        this.manifests = manifests;
    }

    public ManifestRecord asConsignor(UUID id, Caller caller) {
        return require(id, caller, m -> m.consignorId().equals(caller.enterpriseId()), "only its consignor");
    }

    public ManifestRecord asCarrier(UUID id, Caller caller) {
        return require(id, caller, m -> m.carrierIds().contains(caller.enterpriseId()), "only its carriers");
    }

    public ManifestRecord asReceiver(UUID id, Caller caller) {
        return require(id, caller, m -> m.receiverId().equals(caller.enterpriseId()), "only its receiver");
    }

    public ManifestRecord asParty(UUID id, Caller caller) {
        return require(id, caller, m -> caller.enterpriseId() != null, "only its parties");
    }

    private ManifestRecord require(UUID id, Caller caller, Predicate<ManifestRecord> party, String who) {
        ManifestRecord manifest = manifests.record(id).filter(m -> manifests.visible(m, caller))
                .orElseThrow(() -> CommandRefused.notFound("id",
                        Translatable.of("refused.manifest.unknown-manifest", id)));
        if (!party.test(manifest)) {
            throw new AccessDeniedException(who + " may do this");
        }
        return manifest;
    }
}
