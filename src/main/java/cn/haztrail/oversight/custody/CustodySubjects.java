package cn.haztrail.oversight.custody;

import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Whose chain of custody a caller may read (R21, R24): a batch or manifest the caller may read, decided on its
 * parties and regions as they are now. Anything else is answered exactly like a chain that does not exist (404).
 */
@Component
public class CustodySubjects {

    private final BatchQueries batches;
    private final BatchReaders readers;
    private final ManifestQueries manifests;

    CustodySubjects(BatchQueries batches, BatchReaders readers, ManifestQueries manifests) {
        this.batches = batches;
        this.readers = readers;
        this.manifests = manifests;
    }

    /** The batch id, if the caller may read the batch. */
    public UUID batch(UUID id, Caller caller) {
        if (!batches.readable(id, readers.of(caller))) {
            throw CommandRefused.notFound("id", Translatable.of("refused.oversight.unknown-batch", id));
        }
        return id;
    }

    /** The manifest's id, if the caller may read the manifest. */
    public UUID manifest(String numberOrId, Caller caller) {
        return manifests.readableId(numberOrId, caller)
                .orElseThrow(() -> CommandRefused.notFound("numberOrId",
                        Translatable.of("refused.oversight.unknown-manifest", numberOrId)));
    }
}
