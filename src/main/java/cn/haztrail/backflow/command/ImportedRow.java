package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.RecordType;

import java.util.UUID;

/**
 * A row of {@code backflow_record}: a record as imported, and for a batch where it stands (its producer, who holds
 * it after a receipt, and its state), which later records are checked against.
 */
record ImportedRow(String sourceSystem, String sourceRecordId, RecordType type, UUID aggregateId, String contentHash,
                   String content, UUID producerId, UUID holderId, BatchState batchState) {

    enum BatchState { STORED, ON_MANIFEST, RECEIVED, REJECTED, DISPOSED }

    ImportedRow withBatch(UUID holder, BatchState state) {
        return new ImportedRow(sourceSystem, sourceRecordId, type, aggregateId, contentHash, content, producerId,
                holder, state);
    }

    ImportedRow withContent(String hash, String newContent) {
        return new ImportedRow(sourceSystem, sourceRecordId, type, aggregateId, hash, newContent, producerId,
                holderId, batchState);
    }
}
