package cn.haztrail.batch.command;

import cn.haztrail.batch.custody.Custody;
import cn.haztrail.batch.custody.CustodyBook;

import java.util.Optional;
import java.util.UUID;

/** Where the sample batch's custody stands, as a test sets it; in storage at its producer until then. */
final class FakeCustodyBook implements CustodyBook {

    private Custody custody = BatchSamples.custody(cn.haztrail.batch.api.BatchStatus.IN_STORAGE, null, null);

    FakeCustodyBook holding(Custody now) {
        this.custody = now;
        return this;
    }

    @Override
    public Optional<Custody> find(UUID batchId) {
        return Optional.ofNullable(custody).filter(held -> held.batchId().equals(batchId));
    }
}
