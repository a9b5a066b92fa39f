package cn.haztrail.bench;

import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a number of lifecycles of one design on concurrent clients and keeps what it measured. */
public final class LifecycleRun {

    public final String design;
    public final int lifecycles;
    public final double seconds;
    public final long rows;
    public final StepTimer timer;

    private LifecycleRun(String design, int lifecycles, double seconds, long rows, StepTimer timer) {
        this.design = design;
        this.lifecycles = lifecycles;
        this.seconds = seconds;
        this.rows = rows;
        this.timer = timer;
    }

    /** Each client thread takes the next lifecycle until {@code lifecycles} have run; the first failure ends the run. */
    public static LifecycleRun of(Lifecycle lifecycle, int clients, int lifecycles) throws Exception {
        StepTimer timer = new StepTimer();
        AtomicInteger next = new AtomicInteger();
        long rowsBefore = lifecycle.rowsWritten();
        AtomicInteger threads = new AtomicInteger();
        // named so that CPU and statements of the clients' threads can be told apart from the read side's
        ExecutorService pool = Executors.newFixedThreadPool(clients,
                work -> new Thread(work, ThreadRole.CLIENT_PREFIX + threads.incrementAndGet()));
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    try {
                        while (next.getAndIncrement() < lifecycles) {
                            lifecycle.run(timer);
                        }
                    } finally {
                        SecurityContextHolder.clearContext();
                        ThreadCpu.recordEnding();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LifecycleRun(lifecycle.design(), lifecycles, seconds, lifecycle.rowsWritten() - rowsBefore, timer);
    }

    public double stepsPerSecond() {
        return timer.all().count() / seconds;
    }

    public double rowsPerSecond() {
        return rows / seconds;
    }
}
