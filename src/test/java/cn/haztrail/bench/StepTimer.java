package cn.haztrail.bench;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.ConcurrencyFailureException;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times each step of the lifecycles of one run, per step and over all steps. A step refused for a concurrent change
 * (409 in the API) is retried as a client would, up to {@value #ATTEMPTS} times, inside the measured time. While a
 * step runs, {@link CurrentStep} names it to the statement counter.
 */
public final class StepTimer {

    private static final int ATTEMPTS = 20;

    private final Map<Step, Latencies> perStep = new EnumMap<>(Step.class);
    private final Map<Step, AtomicLong> conflicts = new EnumMap<>(Step.class);
    private final Latencies all = new Latencies();

    public StepTimer() {
        for (Step step : Step.values()) {
            perStep.put(step, new Latencies());
            conflicts.put(step, new AtomicLong());
        }
    }

    public <T> T time(Step step, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = CurrentStep.during(step, () -> retried(step, work));
        long took = System.nanoTime() - start;
        perStep.get(step).record(took);
        all.record(took);
        return result;
    }

    private <T> T retried(Step step, Callable<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !concurrentChange(e)) {
                    throw e;
                }
                conflicts.get(step).incrementAndGet();
            }
        }
    }

    private static boolean concurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    public Latencies all() {
        return all;
    }

    public Latencies of(Step step) {
        return perStep.get(step);
    }

    public long conflicts(Step step) {
        return conflicts.get(step).get();
    }

    public long conflicts() {
        return conflicts.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
