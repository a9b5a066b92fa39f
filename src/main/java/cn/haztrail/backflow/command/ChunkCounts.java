package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.RecordRefused;

import java.util.ArrayList;
import java.util.List;

/** What one chunk did, written to its job in the chunk's transaction. */
final class ChunkCounts {

    int imported;
    int unchanged;
    int corrected;
    long events;
    final List<Refusal> refusals = new ArrayList<>();

    void count(RecordPlan plan) {
        switch (plan.outcome()) {
            case IMPORTED -> imported++;
            case UNCHANGED -> unchanged++;
            case CORRECTED -> corrected++;
            case REFUSED -> throw new IllegalArgumentException("a refusal is counted with its reason");
        }
        events += plan.events().size();
    }

    void refused(int line, RecordRefused refused) {
        refusals.add(new Refusal(line, refused));
    }

    int processed() {
        return imported + unchanged + corrected + refusals.size();
    }

    record Refusal(int line, RecordRefused refused) {
    }
}
