package cn.haztrail.manifest.application;

import cn.haztrail.manifest.api.RecordRefusal;
import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** A step checks the caller's access in its own transaction, first; only the refusals an audit needs are recorded. */
class AuditedStepTest {

    private static final UUID MANIFEST = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final AuditedStep step = new AuditedStep(new RetryingTransaction(new NoResources()),
            new RefusalRecorder(commands));

    @Test
    void R21_the_callers_access_is_checked_first_inside_the_steps_transaction() {
        List<String> seen = new ArrayList<>();

        step.run(MANIFEST, "pickup", () -> seen.add("access, in a transaction: "
                + TransactionSynchronizationManager.isActualTransactionActive()), () -> seen.add("step"));

        assertThat(seen).containsExactly("access, in a transaction: true", "step");
    }

    @Test
    void R21_a_manifest_the_caller_may_not_see_stops_the_step_and_is_not_recorded_on_the_manifest() {
        CommandRefused unknown = CommandRefused.notFound("id", Translatable.of("refused.manifest.unknown-manifest",
                MANIFEST));
        List<String> ran = new ArrayList<>();

        assertThatThrownBy(() -> step.run(MANIFEST, "pickup", () -> {
            throw unknown;
        }, () -> ran.add("step"))).isSameAs(unknown);

        assertThat(ran).isEmpty();
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void R04_a_refusal_an_audit_needs_is_recorded_on_the_manifest_after_the_step_rolled_back() {
        assertThatThrownBy(() -> step.run(MANIFEST, "receipt", StepAccess.SYSTEM, () -> {
            throw CommandRefused.ruleViolated("R04", "lines", "capacity exhausted");
        })).isInstanceOf(CommandRefused.class);

        verify(commands).sendAndWait(isA(RecordRefusal.class));
    }

    /** Transactions without a database: begun, committed and rolled back in name, with Spring's bookkeeping. */
    private static final class NoResources extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
