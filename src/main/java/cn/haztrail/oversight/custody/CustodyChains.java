package cn.haztrail.oversight.custody;

import cn.haztrail.oversight.custody.CustodyChainView.CustodyStream;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the chain of custody of a batch or manifest from the event store (R24): the streams found by following the
 * events, every event recorded at or before {@code asOf} in a fixed order, and the state folded from exactly those
 * events. Who may read which chain is the caller's business ({@link CustodyController}).
 */
@Service
@Transactional(readOnly = true)
public class CustodyChains {

    private final StreamWalker walker;
    private final ChainEntries entries;
    private final EnterpriseQueries enterprises;

    CustodyChains(StreamWalker walker, ChainEntries entries, EnterpriseQueries enterprises) {
        this.walker = walker;
        this.entries = entries;
        this.enterprises = enterprises;
    }

    /** @param asOf null for everything recorded so far */
    public CustodyChainView ofBatch(UUID batchId, Instant asOf) {
        return chain(StreamRef.batch(batchId), asOf);
    }

    /** @param asOf null for everything recorded so far */
    public CustodyChainView ofManifest(UUID manifestId, Instant asOf) {
        return chain(StreamRef.manifest(manifestId), asOf);
    }

    private CustodyChainView chain(StreamRef subject, Instant asOf) {
        StreamWalker.Walk walk = walker.walk(subject, asOf);
        EnterpriseNames names = EnterpriseNames.from(enterprises);
        CustodyFold fold = new CustodyFold();
        List<CustodyEntryView> listed = new ArrayList<>();
        for (ChainEvent event : walk.events()) {
            fold.apply(event.payload());
            listed.add(entries.entry(listed.size() + 1, event, names));
        }
        CustodyStateView state = subject.kind() == StreamKind.BATCH
                ? StateViews.ofBatch(fold, subject.id(), names)
                : StateViews.ofManifest(fold, subject.id(), names);
        List<CustodyStream> streams = walk.streams().stream()
                .map(stream -> new CustodyStream(stream.kind().aggregateType(), stream.id())).toList();
        return new CustodyChainView(subject.kind().name(), subject.id(), asOf, streams, walk.truncated(),
                List.copyOf(listed), state);
    }
}
