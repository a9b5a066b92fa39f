package cn.haztrail.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** Recorded durations (nanoseconds) of one kind of call, safe to record from many threads; percentiles by rank. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    public synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile in milliseconds (nearest rank), p in 0..100. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }
}
