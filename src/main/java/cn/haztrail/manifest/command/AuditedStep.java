package cn.haztrail.manifest.command;

import cn.haztrail.shared.domain.CommandRefused;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs one step of a manifest's life in one transaction, so that the manifest and its batches change together or
 * not at all; a refusal that matters to an audit is then recorded on the manifest before it is rethrown.
 * <p>
 * On several nodes two steps can append to one shared aggregate at once (receipts to the receiver's licence year):
 * aggregate locks are per JVM, so the database's unique (aggregate, sequence) index refuses the later one. Its
 * transaction rolled back whole, so the step runs again on the fresh stream a few times before the client gets 409.
 */
@Component
class AuditedStep {

    private static final Logger log = LoggerFactory.getLogger(AuditedStep.class);
    private static final int ATTEMPTS = 4;

    private final TransactionTemplate transaction;
    private final RefusalRecorder refusals;

    AuditedStep(TransactionTemplate transaction, RefusalRecorder refusals) {
        this.transaction = transaction;
        this.refusals = refusals;
    }

    <T> T run(UUID manifestId, String step, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (CommandRefused refusal) {
                refusals.record(manifestId, step, refusal);
                throw refusal;
            } catch (ConcurrencyException collided) {
                if (attempt == ATTEMPTS) {
                    throw collided;
                }
                log.debug("The {} of manifest {} collided with a concurrent write (attempt {}); running it again",
                        step, manifestId, attempt);
            }
        }
    }
}
