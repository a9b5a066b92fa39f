package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers the batch read endpoints from the read model, for one reader at a time (R21): a batch the reader may not see
 * is answered exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class BatchQueries {

    /** A regulator reads by origin and destination; a carrier's region does not bring a batch into a jurisdiction. */
    private static final Set<BatchPartyRecord.Relation> REGIONAL =
            EnumSet.of(BatchPartyRecord.Relation.PRODUCER, BatchPartyRecord.Relation.RECEIVER);

    private final BatchRepository batches;
    private final LabelLinks links;
    private final BatchLineage lineage;

    BatchQueries(BatchRepository batches, LabelLinks links, BatchLineage lineage) {
        this.batches = batches;
        this.links = links;
        this.lineage = lineage;
    }

    /**
     * The batch and its reader's check in one statement; its lineage both ways in another, asked only of a batch a
     * repacking touched.
     */
    public Optional<BatchView> find(UUID id, BatchReader reader) {
        return visibleRecord(id, reader).map(this::view);
    }

    /** Whether the batch exists and the reader sees it, without building its view (lineage, parties). */
    public boolean readable(UUID id, BatchReader reader) {
        return reader.everything() ? batches.existsById(id) : visible(id, reader);
    }

    /** The waste code of a batch the reader sees, without building its view (lineage, parties). */
    public Optional<String> wasteCode(UUID id, BatchReader reader) {
        return visibleRecord(id, reader).map(BatchRecord::wasteCode);
    }

    public Optional<BatchView> findByLabelId(String labelId, BatchReader reader) {
        return batches.findByLabelId(labelId).filter(b -> visible(b.id(), reader)).map(this::view);
    }

    /** @param status null for any; @param wasteCode null for any */
    public PageResponse<BatchView> search(BatchReader reader, BatchStatus status, String wasteCode, int page,
                                          int size) {
        Page<BatchRecord> found = batches.search(status, wasteCode, reader.everything(), reader.party(), REGIONAL,
                reader.regionsOrNone(), PageRequest.of(page, size));
        Map<UUID, BatchLineage.Shares> shares = lineage.sharesOf(found.getContent().stream()
                .filter(BatchRecord::inLineage).map(BatchRecord::id).toList());
        return PageResponse.of(found, record -> view(record, shares));
    }

    private Optional<BatchRecord> visibleRecord(UUID id, BatchReader reader) {
        return reader.everything() ? batches.findById(id)
                : batches.findVisible(id, reader.party(), REGIONAL, reader.regionsOrNone());
    }

    private boolean visible(UUID id, BatchReader reader) {
        return reader.everything()
                || batches.isVisible(id, false, reader.party(), REGIONAL, reader.regionsOrNone());
    }

    private BatchView view(BatchRecord record) {
        return view(record, record.inLineage() ? lineage.sharesOf(List.of(record.id())) : Map.of());
    }

    private BatchView view(BatchRecord record, Map<UUID, BatchLineage.Shares> shares) {
        BatchLineage.Shares of = shares.getOrDefault(record.id(), BatchLineage.Shares.NONE);
        return BatchView.of(record, links.qrPayload(record.labelId()), of.sources(), of.outputs());
    }
}
