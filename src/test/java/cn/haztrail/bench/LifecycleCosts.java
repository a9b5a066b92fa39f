package cn.haztrail.bench;

import cn.haztrail.bench.StatementCounter.Counts;
import cn.haztrail.bench.StatementCounter.Source;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Prints what the lifecycles of both designs cost besides time: SQL statements per step and per lifecycle, those of
 * the asynchronous read side by thread, and the share of CPU each kind of thread took.
 */
final class LifecycleCosts {

    private final MeasuredRun hazTrail;
    private final MeasuredRun crud;

    LifecycleCosts(MeasuredRun hazTrail, MeasuredRun crud) {
        this.hazTrail = hazTrail;
        this.crud = crud;
    }

    void print() {
        if (!StatementCounting.enabled()) {
            System.out.println("(statements not counted: -Dbench.statements=false)");
        } else {
            printStatementsPerStep();
            printReadSideStatements();
        }
        printCpu();
    }

    private void printStatementsPerStep() {
        ResultTable table = new ResultTable("SQL statements per lifecycle, by step", "step", "HazTrail: services",
                "HazTrail: reading views back", "HazTrail: commits", "CRUD: statements", "CRUD: commits")
                .note("Counted by a JDBC proxy around the DataSource (datasource-proxy), averaged over the measured "
                        + "lifecycles. A step's statements are those made on its calling thread while it ran (Axon's "
                        + "command bus runs command handlers and subscribing views there), retries included; an "
                        + "executeBatch counts once. \"Services\" is what the controller's service does (finding the "
                        + "caller's record, the command); \"reading views back\" is HazTrail reading the view the "
                        + "step answers with, as a client would (CRUD answers with the entity it holds). The "
                        + "streaming processors (read side and custody processes) run on other threads (next table).");
        for (Step step : Step.values()) {
            table.row(step.name().toLowerCase(Locale.ROOT), one(hazTrail.service(step)),
                    one(hazTrail.readingBack(step)), one(hazTrail.commits(step)), one(crud.service(step)),
                    one(crud.commits(step)));
        }
        table.row("**per lifecycle** (target ≤ 90)", one(hazTrail.services()), one(hazTrail.readingBack()),
                one(hazTrail.stepCommits()), one(crud.services()), one(crud.stepCommits()));
        table.row("streaming processors and schedulers (other threads)",
                one(hazTrail.asynchronous(Counts::statements)), "—",
                one(hazTrail.asynchronous(Counts::commits)), one(crud.asynchronous(Counts::statements)),
                one(crud.asynchronous(Counts::commits)));
        table.row("all, as the database sees them", one(hazTrail.services() + hazTrail.readingBack()
                        + hazTrail.asynchronous(Counts::statements)), "", "",
                one(crud.services() + crud.asynchronous(Counts::statements)), "");
        table.print();
    }

    private void printReadSideStatements() {
        ResultTable table = new ResultTable("Streaming processors and schedulers: statements per lifecycle, by thread",
                "threads",
                "HazTrail: statements", "HazTrail: commits", "HazTrail: rows in JDBC batches",
                "during CRUD: statements", "during CRUD: commits")
                .note("Statements on threads other than the clients' while " + hazTrail.run.lifecycles
                        + " HazTrail lifecycles ran and until every streaming processor had handled their events ("
                        + seconds(hazTrail) + " after the last lifecycle), per HazTrail lifecycle; beside it the "
                        + "same threads while the CRUD lifecycles ran (no events stored: polling only), per CRUD "
                        + "lifecycle. Processors by name (Axon's WorkPackage and Coordinator threads), other "
                        + "threads by name. The estimate of idle polling applies the rate seen during the CRUD "
                        + "lifecycles to the length of the HazTrail run.");
        Set<ThreadRole> threads = new LinkedHashSet<>();
        hazTrail.statements.keySet().stream().filter(MeasuredRun::asynchronous).map(Source::thread)
                .sorted(Comparator.comparing(ThreadRole::kind).thenComparing(ThreadRole::name)).forEach(threads::add);
        crud.statements.keySet().stream().filter(MeasuredRun::asynchronous).map(Source::thread).forEach(threads::add);
        for (ThreadRole thread : threads) {
            table.row((thread.isProcessor() ? "processor " : "") + thread.name(),
                    one(of(hazTrail, thread, Counts::statements)), one(of(hazTrail, thread, Counts::commits)),
                    one(of(hazTrail, thread, Counts::batchedRows)), one(of(crud, thread, Counts::statements)),
                    one(of(crud, thread, Counts::commits)));
        }
        table.row("of all: idle polling, estimated", one(idlePolling()), "", "", "", "");
        table.row("**all**", one(hazTrail.asynchronous(Counts::statements)),
                one(hazTrail.asynchronous(Counts::commits)), one(hazTrail.asynchronous(Counts::batchedRows)),
                one(crud.asynchronous(Counts::statements)), one(crud.asynchronous(Counts::commits)));
        table.print();
    }

    /**
     * What the processors make without events to handle (the rate seen during the CRUD lifecycles) over the length of
     * the HazTrail run, per HazTrail lifecycle: the part of the read side's count that grows with a slower run.
     */
    private double idlePolling() {
        double perSecond = crud.asynchronous(Counts::statements) * crud.run.lifecycles / crud.run.seconds;
        return perSecond * hazTrail.run.seconds / hazTrail.run.lifecycles;
    }

    private static double of(MeasuredRun run, ThreadRole thread, ToLongFunction<Counts> measure) {
        return run.perLifecycle(source -> MeasuredRun.asynchronous(source) && source.thread().equals(thread), measure);
    }

    private void printCpu() {
        ThreadCpu.Use during = hazTrail.cpuDuringLifecycles;
        ThreadCpu.Use withCatchUp = hazTrail.cpuWithCatchUp;
        ThreadCpu.Use crudUse = crud.cpuDuringLifecycles;
        ResultTable table = new ResultTable("CPU under the lifecycle load, by thread (target: asynchronous read side "
                + "≤ 20 %)", "threads", "HazTrail lifecycles: CPU s", "share", "until caught up: CPU s", "share",
                "CRUD lifecycles: CPU s", "share")
                .note("Per-thread CPU time (ThreadMXBean) against the whole process's (OperatingSystemMXBean), "
                        + "application and load driver in one JVM. HazTrail's commands, command handlers and "
                        + "subscribing views run on the clients' threads; the asynchronous read side is Axon's "
                        + "streaming processors but the custody processes, which send commands. \"Until caught up\" "
                        + "adds the " + seconds(hazTrail) + " the "
                        + "processors took after the last lifecycle. Cores kept busy on average: "
                        + String.format(Locale.ROOT, "%.2f (HazTrail), %.2f (until caught up), %.2f (CRUD)",
                        during.coresBusy(), withCatchUp.coresBusy(), crudUse.coresBusy()) + " of "
                        + Runtime.getRuntime().availableProcessors() + ".");
        Set<ThreadRole> processors = new LinkedHashSet<>();
        withCatchUp.byRole().keySet().stream().filter(ThreadRole::isProcessor)
                .sorted(Comparator.comparing(ThreadRole::name)).forEach(processors::add);
        for (ThreadRole processor : processors) {
            cpuRow(table, "processor " + processor.name(), during.byRole().getOrDefault(processor, 0L),
                    withCatchUp.byRole().getOrDefault(processor, 0L), crudUse.byRole().getOrDefault(processor, 0L));
        }
        cpuRow(table, "**asynchronous read side (the processors of views, alerts and feed)**",
                during.of(ThreadRole.Kind.READ_SIDE), withCatchUp.of(ThreadRole.Kind.READ_SIDE),
                crudUse.of(ThreadRole.Kind.READ_SIDE));
        cpuRow(table, "custody processes (write side: their commands load and append)",
                during.of(ThreadRole.Kind.PROCESS), withCatchUp.of(ThreadRole.Kind.PROCESS),
                crudUse.of(ThreadRole.Kind.PROCESS));
        cpuRow(table, "all streaming processors", during.processors(), withCatchUp.processors(), crudUse.processors());
        cpuRow(table, "lifecycle clients (services, commands, subscribing views)", during.of(ThreadRole.Kind.CLIENT),
                withCatchUp.of(ThreadRole.Kind.CLIENT), crudUse.of(ThreadRole.Kind.CLIENT));
        cpuRow(table, "other Java threads (schedulers, pool, benchmark)", during.of(ThreadRole.Kind.OTHER),
                withCatchUp.of(ThreadRole.Kind.OTHER), crudUse.of(ThreadRole.Kind.OTHER));
        cpuRow(table, "no Java thread (GC, JIT, JVM)", during.outsideJavaThreads(), withCatchUp.outsideJavaThreads(),
                crudUse.outsideJavaThreads());
        cpuRow(table, "whole process", during.processNanos(), withCatchUp.processNanos(), crudUse.processNanos());
        table.print();
    }

    private void cpuRow(ResultTable table, String threads, long during, long withCatchUp, long crudNanos) {
        table.row(threads, secondsOf(during), percent(hazTrail.cpuDuringLifecycles.share(during)),
                secondsOf(withCatchUp), percent(hazTrail.cpuWithCatchUp.share(withCatchUp)), secondsOf(crudNanos),
                percent(crud.cpuDuringLifecycles.share(crudNanos)));
    }

    private static String seconds(MeasuredRun run) {
        return String.format(Locale.ROOT, "%.1f s", run.catchUpSeconds) + (run.caughtUp ? "" : ", NOT caught up");
    }

    private static String secondsOf(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
