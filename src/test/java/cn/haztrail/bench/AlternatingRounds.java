package cn.haztrail.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The ratio of the two designs measured in turns: {@code -Dbench.rounds} (6) rounds, each {@code
 * -Dbench.rounds.lifecycles} (50) HazTrail lifecycles, then as many CRUD lifecycles. The main runs measure one design
 * for minutes, then the other, and a machine whose speed drifts in between moves their ratio; turns a few seconds
 * apart see the same machine, so the median of the rounds' ratios is the steadier figure to compare between two
 * versions of the code. A HazTrail turn lasts until its read side has handled its events, so the CRUD turn after it
 * never shares the cores with that work.
 */
final class AlternatingRounds {

    private AlternatingRounds() {
    }

    static void print(Lifecycle hazTrail, Lifecycle crud, int clients, ReadSideCatchUp readSide) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 6);
        int lifecycles = Integer.getInteger("bench.rounds.lifecycles", 50);
        if (rounds <= 0) {
            return;
        }
        ResultTable table = new ResultTable("Ratio in alternating rounds, " + rounds + " rounds of " + lifecycles
                + " lifecycles per design", "round", "HazTrail steps/s (until its read side caught up)",
                "CRUD steps/s", "ratio")
                .note("HazTrail's and CRUD's lifecycles in turns (-Dbench.rounds, -Dbench.rounds.lifecycles), so that "
                        + "both see the machine as it is then; the median is the figure to compare between runs.");
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            LifecycleRun events = LifecycleRun.of(hazTrail, clients, lifecycles);
            readSide.await();
            double hazTrailStepsPerSecond = events.timer.all().count() / ((System.nanoTime() - start) / 1e9);
            LifecycleRun rows = LifecycleRun.of(crud, clients, lifecycles);
            double ratio = hazTrailStepsPerSecond / rows.stepsPerSecond();
            ratios.add(ratio);
            table.row(round, hazTrailStepsPerSecond, rows.stepsPerSecond(), ratio);
        }
        table.row("median", "—", "—", median(ratios)).print();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
