package cn.haztrail.backflow.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The imported rows one chunk reads and writes: those stored before the chunk, and those its earlier records made
 * or changed, so a manifest can name a batch of the same chunk. Written back in the chunk's transaction.
 */
final class ChunkState {

    private final Map<String, ImportedRow> stored;
    private final Map<String, ImportedRow> inserted = new LinkedHashMap<>();
    private final Map<String, ImportedRow> updated = new LinkedHashMap<>();
    /** What the record being checked changed: kept when it is accepted, dropped when it is refused. */
    private final Map<String, ImportedRow> pending = new LinkedHashMap<>();
    /** Manifest numbers (R11) and label ids (R07): each held by one manifest or batch only. */
    private final HeldIdentifiers numbers;
    private final HeldIdentifiers labels;

    ChunkState(Map<String, ImportedRow> stored, Function<String, Optional<UUID>> numberHolders,
               Function<String, Optional<UUID>> labelHolders) {
        this.stored = new HashMap<>(stored);
        this.numbers = new HeldIdentifiers(numberHolders);
        this.labels = new HeldIdentifiers(labelHolders);
    }

    HeldIdentifiers numbers() {
        return numbers;
    }

    HeldIdentifiers labels() {
        return labels;
    }

    ImportedRow find(String sourceRecordId) {
        ImportedRow row = pending.get(sourceRecordId);
        if (row == null) {
            row = inserted.get(sourceRecordId);
        }
        if (row == null) {
            row = updated.get(sourceRecordId);
        }
        return row != null ? row : stored.get(sourceRecordId);
    }

    void put(ImportedRow row) {
        pending.put(row.sourceRecordId(), row);
    }

    /** The record being checked was accepted: its changes stand. */
    void accept() {
        pending.values().forEach(this::keep);
        pending.clear();
        numbers.accept();
        labels.accept();
    }

    /** The record being checked was refused: it changed nothing. */
    void refuse() {
        pending.clear();
        numbers.refuse();
        labels.refuse();
    }

    private void keep(ImportedRow row) {
        if (inserted.containsKey(row.sourceRecordId()) || !stored.containsKey(row.sourceRecordId())) {
            inserted.put(row.sourceRecordId(), row);
        } else {
            updated.put(row.sourceRecordId(), row);
        }
    }

    List<ImportedRow> inserted() {
        return new ArrayList<>(inserted.values());
    }

    List<ImportedRow> updated() {
        return new ArrayList<>(updated.values());
    }
}
