package cn.haztrail.bench;

import java.util.concurrent.Callable;

/**
 * The lifecycle step the current thread is running, and whether it is reading the step's view back (as a client
 * would after the step), so that a statement made on this thread is counted to that step. Axon's command bus runs
 * command handlers and subscribing views on the calling thread, so a step's own statements are all made here.
 */
public final class CurrentStep {

    private static final ThreadLocal<Step> STEP = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> READING_BACK = ThreadLocal.withInitial(() -> false);

    private CurrentStep() {
    }

    static <T> T during(Step step, Callable<T> work) throws Exception {
        STEP.set(step);
        try {
            return work.call();
        } finally {
            STEP.remove();
        }
    }

    /** Marks {@code read} as the read of the view a step answers with, not part of the step's service. */
    public static <T> T readingBack(Callable<T> read) throws Exception {
        READING_BACK.set(true);
        try {
            return read.call();
        } finally {
            READING_BACK.set(false);
        }
    }

    /** @return the step running on this thread, or null outside a step */
    static Step step() {
        return STEP.get();
    }

    static boolean isReadingBack() {
        return READING_BACK.get();
    }
}
