package cn.haztrail.manifest.application;

import java.util.function.Supplier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An {@link AuditedStep} for the services' unit tests: checks the caller's access, then runs the work, inline. */
final class InlineSteps {

    private InlineSteps() {
    }

    static AuditedStep inline() {
        AuditedStep step = mock(AuditedStep.class);
        when(step.run(any(), any(), any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(2)).get());
        when(step.run(any(), any(), any(StepAccess.class), any())).thenAnswer(call -> {
            ((StepAccess) call.getArgument(2)).check();
            return ((Supplier<?>) call.getArgument(3)).get();
        });
        return step;
    }
}
