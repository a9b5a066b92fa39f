package cn.haztrail.bench;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.lifecycle.JdbcLifecycleEventListenerAdapter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the SQL statements and commits that pass through the benchmark's DataSource, by where they came from: a
 * lifecycle step on its calling thread (its service, or the read of its view back), or another thread by its
 * {@link ThreadRole} (Axon's streaming processors, schedulers). One execution counts once, an {@code executeBatch}
 * too (one round trip); the rows inside batches are counted beside. The benchmark's own thread is left out.
 */
public final class StatementCounter extends JdbcLifecycleEventListenerAdapter {

    /** Where statements came from: a step (thread null), or a thread outside any step (step null). */
    public record Source(Step step, boolean readingBack, ThreadRole thread) {
    }

    /** Statements, commits and rows sent in batches. */
    public record Counts(long statements, long commits, long batchedRows) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(statements + other.statements, commits + other.commits, batchedRows + other.batchedRows);
        }

        Counts minus(Counts other) {
            return new Counts(statements - other.statements, commits - other.commits, batchedRows - other.batchedRows);
        }
    }

    private record Tally(LongAdder statements, LongAdder commits, LongAdder batchedRows) {
        Tally() {
            this(new LongAdder(), new LongAdder(), new LongAdder());
        }

        Counts counts() {
            return new Counts(statements.sum(), commits.sum(), batchedRows.sum());
        }
    }

    private final Map<Source, Tally> tallies = new ConcurrentHashMap<>();
    private final Set<Thread> ignored = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<ThreadRole> role = ThreadLocal.withInitial(
            () -> ThreadRole.of(Thread.currentThread().getName()));

    /** The benchmark's driving thread (row counts, waiting for processors) is not part of either design's work. */
    public void ignoreCurrentThread() {
        ignored.add(Thread.currentThread());
    }

    /** The calling thread counts again: a benchmark measuring its own calls after one that ignored it. */
    public void countCurrentThread() {
        ignored.remove(Thread.currentThread());
    }

    /** The texts of the steps' statements, when asked for ({@link StatementTexts}). */
    public final StatementTexts texts = new StatementTexts();

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (!ignored.contains(Thread.currentThread()) && !queries.isEmpty()) {
            String sql = queries.get(0).getQuery();
            if (CurrentStep.step() != null) {
                texts.made(CurrentStep.step(), CurrentStep.isReadingBack(), sql);
            } else {
                texts.madeBy(role.get(), sql);
            }
        }
        Tally tally = tally();
        if (tally != null) {
            tally.statements.increment();
            if (execution.isBatch()) {
                tally.batchedRows.add(execution.getBatchSize());
            }
        }
    }

    @Override
    public void afterCommit(MethodExecutionContext context) {
        Tally tally = tally();
        if (tally != null) {
            tally.commits.increment();
        }
    }

    private Tally tally() {
        if (ignored.contains(Thread.currentThread())) {
            return null;
        }
        Step step = CurrentStep.step();
        Source source = step != null ? new Source(step, CurrentStep.isReadingBack(), null)
                : new Source(null, false, role.get());
        return tallies.computeIfAbsent(source, s -> new Tally());
    }

    /** The counts so far, to subtract from a later snapshot. */
    public Map<Source, Counts> snapshot() {
        Map<Source, Counts> snapshot = new HashMap<>();
        tallies.forEach((source, tally) -> snapshot.put(source, tally.counts()));
        return snapshot;
    }

    /**
     * What the calling thread sent to the database, from {@link #between}: one round trip per statement or JDBC
     * batch (an import's jobs and a benchmark's own HTTP calls run there; the processors' statements are theirs).
     */
    public static Counts ofCurrentThread(Map<Source, Counts> made) {
        String thread = ThreadRole.of(Thread.currentThread().getName()).name();
        return made.entrySet().stream().filter(entry -> entry.getKey().thread() != null
                        && entry.getKey().thread().name().equals(thread)).map(Map.Entry::getValue)
                .reduce(Counts.NONE, Counts::plus);
    }

    /** What was counted between two snapshots. */
    public static Map<Source, Counts> between(Map<Source, Counts> before, Map<Source, Counts> after) {
        Map<Source, Counts> delta = new HashMap<>();
        after.forEach((source, counts) -> {
            Counts made = counts.minus(before.getOrDefault(source, Counts.NONE));
            if (made.statements() > 0 || made.commits() > 0) {
                delta.put(source, made);
            }
        });
        return delta;
    }
}
