package cn.haztrail.bench;

import cn.haztrail.bench.StatementCounter.Counts;
import cn.haztrail.bench.StatementCounter.Source;

import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One design's measured lifecycles and what they cost besides time: the statements and commits by where they came
 * from, and the CPU by thread role, both over the lifecycles and until the asynchronous read side had handled every
 * event they stored (so that its work is charged to the lifecycles that caused it, even when it lags behind).
 */
final class MeasuredRun {

    final LifecycleRun run;
    final Map<Source, Counts> statements;
    final ThreadCpu.Use cpuDuringLifecycles;
    final ThreadCpu.Use cpuWithCatchUp;
    final double catchUpSeconds;
    final boolean caughtUp;

    private MeasuredRun(LifecycleRun run, Map<Source, Counts> statements, ThreadCpu.Use cpuDuringLifecycles,
                        ThreadCpu.Use cpuWithCatchUp, double catchUpSeconds, boolean caughtUp) {
        this.run = run;
        this.statements = statements;
        this.cpuDuringLifecycles = cpuDuringLifecycles;
        this.cpuWithCatchUp = cpuWithCatchUp;
        this.catchUpSeconds = catchUpSeconds;
        this.caughtUp = caughtUp;
    }

    static MeasuredRun of(Lifecycle lifecycle, int clients, int lifecycles, StatementCounter counter,
                          ReadSideCatchUp readSide) throws Exception {
        Map<Source, Counts> before = counter.snapshot();
        ThreadCpu cpuBefore = ThreadCpu.now();
        LifecycleRun run = LifecycleRun.of(lifecycle, clients, lifecycles);
        ThreadCpu cpuAtEnd = ThreadCpu.now();
        long start = System.nanoTime();
        boolean caughtUp = readSide.await();
        double catchUpSeconds = (System.nanoTime() - start) / 1e9;
        ThreadCpu cpuCaughtUp = ThreadCpu.now();
        return new MeasuredRun(run, StatementCounter.between(before, counter.snapshot()), cpuAtEnd.since(cpuBefore),
                cpuCaughtUp.since(cpuBefore), catchUpSeconds, caughtUp);
    }

    /** Statements per lifecycle of one step's service (its own statements, retries included). */
    double service(Step step) {
        return perLifecycle(s -> s.step() == step && !s.readingBack(), Counts::statements);
    }

    /** Statements per lifecycle of reading one step's view back. */
    double readingBack(Step step) {
        return perLifecycle(s -> s.step() == step && s.readingBack(), Counts::statements);
    }

    double commits(Step step) {
        return perLifecycle(s -> s.step() == step, Counts::commits);
    }

    double services() {
        return perLifecycle(s -> s.step() != null && !s.readingBack(), Counts::statements);
    }

    double readingBack() {
        return perLifecycle(s -> s.step() != null && s.readingBack(), Counts::statements);
    }

    double stepCommits() {
        return perLifecycle(s -> s.step() != null, Counts::commits);
    }

    /** Per lifecycle, from threads outside the steps: the asynchronous read side and schedulers. */
    double asynchronous(ToLongFunction<Counts> measure) {
        return perLifecycle(MeasuredRun::asynchronous, measure);
    }

    double perLifecycle(Predicate<Source> which, ToLongFunction<Counts> measure) {
        long total = statements.entrySet().stream().filter(e -> which.test(e.getKey()))
                .mapToLong(e -> measure.applyAsLong(e.getValue())).sum();
        return total / (double) run.lifecycles;
    }

    static boolean asynchronous(Source source) {
        return source.step() == null && source.thread().kind() != ThreadRole.Kind.CLIENT;
    }
}
