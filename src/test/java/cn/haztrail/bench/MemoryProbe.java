package cn.haztrail.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples used heap and resident set size of this JVM (application and load driver) while work runs; the RSS high-water
 * mark comes from /proc/self/status (VmHWM), reset at the start where the kernel allows it (clear_refs 5).
 */
public final class MemoryProbe implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakHeapUsed;
    private volatile long peakRss;
    private final boolean highWaterMarkReset;

    public MemoryProbe() {
        highWaterMarkReset = resetRssHighWaterMark();
        sampler = new Thread(this::sample, "memory-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakHeapUsed = Math.max(peakHeapUsed, memory.getHeapMemoryUsage().getUsed());
            peakRss = Math.max(peakRss, kibibytes("VmRSS:") * 1024);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    public long peakHeapUsedMb() {
        return peakHeapUsed >> 20;
    }

    public long maxHeapMb() {
        return memory.getHeapMemoryUsage().getMax() >> 20;
    }

    /** The kernel's high-water mark when it could be reset, else the highest sample. */
    public long peakRssMb() {
        return (highWaterMarkReset ? Math.max(peakRss, kibibytes("VmHWM:") * 1024) : peakRss) >> 20;
    }

    /** Prints peak used heap and peak RSS; {@code sampled} says over what the heap was sampled. */
    public void print(String title, String sampled) {
        new ResultTable(title, "measure", "MB")
                .note("-Xmx" + maxHeapMb() + "m; used heap sampled every 20 ms " + sampled
                        + ", RSS high-water mark (VmHWM) reset before.")
                .row("peak used heap", peakHeapUsedMb())
                .row("peak RSS", peakRssMb())
                .print();
    }

    /** @return false where the kernel does not allow it (not Linux): the sampled peak then stands alone */
    private static boolean resetRssHighWaterMark() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long kibibytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
