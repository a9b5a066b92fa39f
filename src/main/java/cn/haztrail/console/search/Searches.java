package cn.haztrail.console.search;

import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One search of the regulator's search page, for the page and its download alike: a manifest by its number, a batch
 * by its label id (both only if the reader may read them, R21, answered by the same queries as the API), enterprises
 * by part of a name or a credit code (the registry is readable by every signed-in person).
 */
@Component
class Searches {

    static final int MAX_ENTERPRISES = 20;

    enum Kind { MANIFEST, BATCH, ENTERPRISE }

    /** What one search found; only the list of its kind is set. */
    record Found(Kind kind, List<ManifestView> manifests, List<BatchView> batches,
                 List<EnterpriseProfile> enterprises) {

        boolean any() {
            return !(manifests == null ? batches == null ? enterprises : batches : manifests).isEmpty();
        }
    }

    private final ManifestQueries manifests;
    private final BatchQueries batches;
    private final BatchReaders readers;
    private final EnterpriseQueries enterprises;
    private final CurrentCaller currentCaller;

    Searches(ManifestQueries manifests, BatchQueries batches, BatchReaders readers, EnterpriseQueries enterprises,
             CurrentCaller currentCaller) {
        this.manifests = manifests;
        this.batches = batches;
        this.readers = readers;
        this.enterprises = enterprises;
        this.currentCaller = currentCaller;
    }

    static Kind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? Kind.MANIFEST : Kind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return Kind.MANIFEST;
        }
    }

    Found find(Kind kind, String text) {
        Caller caller = currentCaller.get();
        return switch (kind) {
            case MANIFEST -> new Found(kind, manifests.find(text, caller).stream().toList(), null, null);
            case BATCH -> new Found(kind, null, batches.findByLabelId(text, readers.of(caller)).stream().toList(),
                    null);
            case ENTERPRISE -> new Found(kind, null, null,
                    enterprises.findByNameOrCreditCode(text, MAX_ENTERPRISES));
        };
    }
}
