package cn.haztrail.oversight.custody;

import cn.haztrail.oversight.custody.CustodyChainView.CustodyStream;
import cn.haztrail.oversight.integrity.IntegrityStatus;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the chain of custody of a batch or manifest from the event store (R24): the streams found by following the
 * events, every event that had happened by {@code asOf} and been recorded by {@code knownAt} ({@link TimeCut}) in
 * the order the world had them ({@link ChainOrder}), and the state folded from exactly those events, with every
 * stream's integrity check (R23, {@link StreamIntegrityChecks}). Who may read which chain is the caller's business
 * ({@link CustodyController}).
 */
@Service
@Transactional(readOnly = true)
public class CustodyChains {

    private final StreamWalker walker;
    private final ChainEntries entries;
    private final EnterpriseQueries enterprises;
    private final StreamIntegrityChecks integrity;

    CustodyChains(StreamWalker walker, ChainEntries entries, EnterpriseQueries enterprises,
                  StreamIntegrityChecks integrity) {
        this.walker = walker;
        this.entries = entries;
        this.enterprises = enterprises;
        this.integrity = integrity;
    }

    /**
     * @param asOf    business time: only what had happened by then; null for no limit
     * @param knownAt recording time: only what had been recorded by then; null for no limit
     */
    public CustodyChainView ofBatch(UUID batchId, Instant asOf, Instant knownAt) {
        return chain(StreamRef.batch(batchId), new TimeCut(asOf, knownAt), entries.apiWording());
    }

    /** The same, with the texts worded by the reader's page (its labels and time zone) instead of the API's way. */
    public CustodyChainView ofBatch(UUID batchId, Instant asOf, Instant knownAt,
                                    Function<Translatable, String> wording) {
        return chain(StreamRef.batch(batchId), new TimeCut(asOf, knownAt), wording);
    }

    /**
     * @param asOf    business time: only what had happened by then; null for no limit
     * @param knownAt recording time: only what had been recorded by then; null for no limit
     */
    public CustodyChainView ofManifest(UUID manifestId, Instant asOf, Instant knownAt) {
        return chain(StreamRef.manifest(manifestId), new TimeCut(asOf, knownAt), entries.apiWording());
    }

    /** The same, with the texts worded by the reader's page (its labels and time zone) instead of the API's way. */
    public CustodyChainView ofManifest(UUID manifestId, Instant asOf, Instant knownAt,
                                       Function<Translatable, String> wording) {
        return chain(StreamRef.manifest(manifestId), new TimeCut(asOf, knownAt), wording);
    }

    private CustodyChainView chain(StreamRef subject, TimeCut cut, Function<Translatable, String> wording) {
        StreamWalker.Walk walk = walker.walk(subject, cut);
        EnterpriseNames names = EnterpriseNames.from(enterprises);
        CustodyFold fold = new CustodyFold();
        List<CustodyEntryView> listed = new ArrayList<>();
        for (ChainEvent event : walk.events()) {
            fold.apply(event.payload());
            listed.add(entries.entry(listed.size() + 1, event, names, wording));
        }
        CustodyStateView state = subject.kind() == StreamKind.BATCH
                ? StateViews.ofBatch(fold, subject.id(), names)
                : StateViews.ofManifest(fold, subject.id(), names);
        Map<UUID, StreamIntegrityView> checks = integrity.check(walk.streams().stream().map(StreamRef::id).toList());
        List<CustodyStream> streams = walk.streams().stream()
                .map(stream -> new CustodyStream(stream.kind().aggregateType(), stream.id(),
                        checks.get(stream.id()))).toList();
        IntegrityStatus status = streams.stream().allMatch(stream -> stream.integrity().ok()) ? IntegrityStatus.OK
                : IntegrityStatus.BROKEN;
        return new CustodyChainView(subject.kind().name(), subject.id(), cut.asOf(), cut.knownAt(), streams, status,
                walk.truncated(),
                List.copyOf(listed), state, subject.kind() == StreamKind.BATCH
                ? new LineageTrace(subject.id(), fold, names).view() : new CustodyLineageView(List.of(), List.of()));
    }
}
