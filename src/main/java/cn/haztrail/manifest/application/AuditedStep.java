package cn.haztrail.manifest.application;

import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.domain.CommandRefused;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs one step of a manifest's life in one transaction, so that the manifest and its batches change together or
 * not at all, repeated whole when it collides with a concurrent write to one of them; a refusal that matters to an
 * audit is then recorded on the manifest before it is rethrown.
 */
@Component
class AuditedStep {

    private final RetryingTransaction transaction;
    private final RefusalRecorder refusals;

    AuditedStep(RetryingTransaction transaction, RefusalRecorder refusals) {
        this.transaction = transaction;
        this.refusals = refusals;
    }

    <T> T run(UUID manifestId, String step, Supplier<T> work) {
        return run(manifestId, step, StepAccess.SYSTEM, work);
    }

    /** The caller's access is checked first, in the same transaction (see {@link StepAccess}). */
    <T> T run(UUID manifestId, String step, StepAccess access, Supplier<T> work) {
        try {
            return transaction.execute(() -> {
                access.check();
                return work.get();
            });
        } catch (CommandRefused refusal) {
            refusals.record(manifestId, step, refusal);
            throw refusal;
        }
    }
}
