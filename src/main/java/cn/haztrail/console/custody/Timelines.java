package cn.haztrail.console.custody;

import cn.haztrail.console.PageTexts;
import cn.haztrail.console.custody.Timeline.StreamIntegrity;
import cn.haztrail.oversight.custody.CustodyChainView;
import cn.haztrail.oversight.custody.CustodyChains;
import cn.haztrail.oversight.custody.CustodySubjects;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reads a timeline exactly as the custody API does (R21, R24): the same access check ({@link CustodySubjects}, an
 * unreadable chain is "not found"), the same chain service (its texts worded for pages, {@link PageTexts}), with the
 * integrity check of each stream it carries (R23).
 */
@Component
class Timelines {

    static final String BATCHES = "batches";
    static final String MANIFESTS = "manifests";

    private final CustodySubjects subjects;
    private final CustodyChains chains;
    private final CurrentCaller currentCaller;
    private final PageTexts texts;

    Timelines(CustodySubjects subjects, CustodyChains chains, CurrentCaller currentCaller, PageTexts texts) {
        this.subjects = subjects;
        this.chains = chains;
        this.currentCaller = currentCaller;
        this.texts = texts;
    }

    Timeline batch(UUID id, Instant asOf, Instant knownAt) {
        UUID batchId = subjects.batch(id, currentCaller.get());
        return timeline(BATCHES, id.toString(), chains.ofBatch(batchId, asOf, knownAt, texts::say));
    }

    Timeline manifest(String numberOrId, Instant asOf, Instant knownAt) {
        UUID manifestId = subjects.manifest(numberOrId, currentCaller.get());
        return timeline(MANIFESTS, numberOrId, chains.ofManifest(manifestId, asOf, knownAt, texts::say));
    }

    /** The id of a batch or manifest the caller may read (for the printed copy). */
    UUID readable(String kind, String key) {
        return BATCHES.equals(kind) ? subjects.batch(UUID.fromString(key), currentCaller.get())
                : subjects.manifest(key, currentCaller.get());
    }

    private Timeline timeline(String kind, String key, CustodyChainView chain) {
        List<StreamIntegrity> checks = chain.streams().stream().map(stream -> new StreamIntegrity(
                stream.aggregateType(), stream.aggregateId(), stream.integrity().ok(), stream.integrity().reason(),
                stream.integrity().sequence())).toList();
        return new Timeline(kind, key, chain, checks);
    }
}
