package cn.haztrail.bench;

import cn.haztrail.bench.StatementCounter.Counts;

import java.util.Locale;

/** Issue 16's targets for the lifecycle load beside what this run measured, each with whether it was reached. */
final class LifecycleTargets {

    private static final double STATEMENTS = 90;
    private static final double READ_SIDE_CPU = 0.20;
    private static final double OF_CRUD = 0.5;
    private static final long HEAP_MB = 512;

    private LifecycleTargets() {
    }

    static void print(MeasuredRun hazTrail, MeasuredRun crud, MemoryProbe memory) {
        double ofCrud = hazTrail.run.stepsPerSecond() / crud.run.stepsPerSecond();
        double readSideCpu = readSide(hazTrail.cpuDuringLifecycles);
        double withCatchUp = readSide(hazTrail.cpuWithCatchUp);
        double allProcessors = hazTrail.cpuDuringLifecycles.share(hazTrail.cpuDuringLifecycles.processors());
        ResultTable table = new ResultTable("Lifecycle load against issue 16's targets", "measure", "target",
                "measured", "reached")
                .row("HazTrail steps/s ÷ CRUD steps/s", "≥ " + OF_CRUD, String.format(Locale.ROOT, "%.2f", ofCrud),
                        reached(ofCrud >= OF_CRUD))
                .row("statements per lifecycle, services", "≤ " + (int) STATEMENTS,
                        LifecycleCosts.one(hazTrail.services()), reached(hazTrail.services() <= STATEMENTS))
                .row("statements per lifecycle, services and reading views back", "≤ " + (int) STATEMENTS,
                        LifecycleCosts.one(hazTrail.services() + hazTrail.readingBack()),
                        reached(hazTrail.services() + hazTrail.readingBack() <= STATEMENTS))
                .row("statements per lifecycle, streaming processors and schedulers (for information)", "—",
                        LifecycleCosts.one(hazTrail.asynchronous(Counts::statements)), "—")
                .row("asynchronous read side's share of process CPU, during the lifecycles", "≤ 20 %",
                        LifecycleCosts.percent(readSideCpu), reached(readSideCpu <= READ_SIDE_CPU))
                .row("the same until the read side caught up", "≤ 20 %", LifecycleCosts.percent(withCatchUp),
                        reached(withCatchUp <= READ_SIDE_CPU))
                .row("all streaming processors, the custody processes included (for information)", "—",
                        LifecycleCosts.percent(allProcessors), "—")
                .row("peak used heap, MB (-Xmx" + memory.maxHeapMb() + "m)", "< " + HEAP_MB, memory.peakHeapUsedMb(),
                        reached(memory.peakHeapUsedMb() < HEAP_MB));
        if (!StatementCounting.enabled()) {
            table.note("Statements were not counted in this run (-Dbench.statements=false).");
        }
        table.print();
    }

    private static double readSide(ThreadCpu.Use use) {
        return use.share(use.of(ThreadRole.Kind.READ_SIDE));
    }

    private static String reached(boolean reached) {
        return reached ? "yes" : "**no**";
    }
}
