package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;
import cn.haztrail.shared.axon.integrity.IssuedPositions;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies hash chains (R23), one stream or all of them, against the chain of seals. Of several failures the report
 * names the earliest stored event that fails; failures about events no longer stored come after, by stream id.
 */
@Service
@Transactional(readOnly = true)
public class IntegrityChecks {

    private static final Comparator<IntegrityFailure> FIRST = Comparator
            .comparing(IntegrityFailure::globalIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IntegrityFailure::streamId, StoredEvents.STREAM_ORDER);

    private final StoredEvents stored;
    private final Seals seals;
    private final SnapshotChecks snapshots;
    private final IssuedPositions issued;

    IntegrityChecks(StoredEvents stored, Seals seals, SnapshotChecks snapshots, IssuedPositions issued) {
        this.stored = stored;
        this.seals = seals;
        this.snapshots = snapshots;
        this.issued = issued;
    }

    /** One stream; unknown (neither stored nor sealed) is a 404. */
    public IntegrityReport stream(String streamId) {
        Optional<Seal> seal = seals.latest();
        SealedHead sealed = seal.flatMap(s -> s.head(streamId)).orElse(null);
        List<StoredEvent> events = stored.stream(streamId);
        if (events.isEmpty() && sealed == null) {
            throw CommandRefused.notFound("streamId", Translatable.of("refused.oversight.unknown-stream", streamId));
        }
        IntegrityFailure failure = StreamVerifier.verify(streamId, events, sealed)
                .or(() -> PositionVerifier.reading(issued).verify(events))
                .or(() -> snapshots.verify(streamId)).orElse(null);
        return IntegrityReport.of(1, events.size(), failure == null ? 0 : 1, seal.map(Seal::view).orElse(null),
                failure);
    }

    /**
     * Several streams, as one answer lists them, each checked as {@link #stream} checks it but together: the latest
     * seal, the issued positions, the events and the snapshots are read once for all of them. A stream neither stored
     * nor sealed is reported OK with nothing checked.
     */
    public Map<String, IntegrityReport> streams(Collection<String> streamIds) {
        Optional<Seal> seal = seals.latest();
        SealView sealView = seal.map(Seal::view).orElse(null);
        Map<String, List<StoredEvent>> events = stored.streams(streamIds);
        Map<String, IntegrityFailure> snapshotFailures = snapshots.verify(streamIds);
        PositionVerifier positions = PositionVerifier.reading(issued);
        Map<String, IntegrityReport> reports = new LinkedHashMap<>();
        for (String streamId : streamIds) {
            SealedHead sealed = seal.flatMap(s -> s.head(streamId)).orElse(null);
            List<StoredEvent> own = events.getOrDefault(streamId, List.of());
            IntegrityFailure failure = StreamVerifier.verify(streamId, own, sealed)
                    .or(() -> positions.verify(own))
                    .or(() -> Optional.ofNullable(snapshotFailures.get(streamId))).orElse(null);
            reports.put(streamId, IntegrityReport.of(1, own.size(), failure == null ? 0 : 1, sealView, failure));
        }
        return reports;
    }

    /** A stream's hash head and whether its chain verifies against its last sealed head, for printed copies. */
    public StreamHead head(String streamId) {
        SealedHead sealed = seals.latest().flatMap(s -> s.head(streamId)).orElse(null);
        List<StoredEvent> events = stored.stream(streamId);
        boolean ok = StreamVerifier.verify(streamId, events, sealed)
                .or(() -> PositionVerifier.reading(issued).verify(events))
                .or(() -> snapshots.verify(streamId)).isEmpty();
        StoredEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        return new StreamHead(streamId, last == null ? -1 : last.sequenceNumber(),
                last == null ? null : last.storedHash(), ok ? IntegrityStatus.OK : IntegrityStatus.BROKEN);
    }

    /** Every stored stream, and every stream a seal knew. */
    public IntegrityReport all() {
        Optional<Seal> seal = seals.latest();
        Walk walk = new Walk(seal.map(s -> s.sealed().heads()).orElse(List.of()), PositionVerifier.reading(issued));
        seal.flatMap(Seal::verify).ifPresent(walk.failures::add);
        stored.eachInStreamOrder(walk::accept);
        walk.finish();
        walk.failures.addAll(snapshots.all());
        return IntegrityReport.of(walk.streams, walk.events, walk.failures.stream().map(IntegrityFailure::streamId)
                .distinct().count(), seal.map(Seal::view).orElse(null), walk.failures.stream().min(FIRST).orElse(null));
    }

    /** Verifies the rows stream by stream as they come, holding one stream at a time. */
    private static final class Walk {

        private final Map<String, SealedHead> unseenSealedHeads = new LinkedHashMap<>();
        private final List<IntegrityFailure> failures = new ArrayList<>();
        private final List<StoredEvent> current = new ArrayList<>();
        private final PositionVerifier positions;
        private long streams;
        private long events;

        Walk(List<SealedHead> sealedHeads, PositionVerifier positions) {
            sealedHeads.forEach(head -> unseenSealedHeads.put(head.streamId(), head));
            this.positions = positions;
        }

        void accept(StoredEvent event) {
            if (!current.isEmpty() && !current.get(0).aggregateIdentifier().equals(event.aggregateIdentifier())) {
                verifyCurrent();
            }
            current.add(event);
        }

        /** The last stream, then the sealed streams of which nothing is stored. */
        void finish() {
            if (!current.isEmpty()) {
                verifyCurrent();
            }
            unseenSealedHeads.forEach((streamId, head) -> {
                streams++;
                StreamVerifier.verify(streamId, List.of(), head).ifPresent(failures::add);
            });
        }

        private void verifyCurrent() {
            String streamId = current.get(0).aggregateIdentifier();
            StreamVerifier.verify(streamId, current, unseenSealedHeads.remove(streamId))
                    .or(() -> positions.verify(current)).ifPresent(failures::add);
            streams++;
            events += current.size();
            current.clear();
        }
    }
}
