package cn.haztrail.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time of this JVM over a window, per {@link ThreadRole} (each Java thread's CPU time from ThreadMXBean) and for the
 * whole process (com.sun.management.OperatingSystemMXBean), so that the asynchronous read side's share of the process
 * can be told apart from the clients' (whose threads run HazTrail's commands) and from GC and JIT (in no Java thread).
 * A thread that ends inside a window loses its time unless it calls {@link #recordEnding()} just before (the lifecycle
 * clients do); Axon's processor threads live as long as their processors.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Final CPU time of threads that said they were ending (thread ids are never reused). */
    private static final Map<Long, Long> ENDED = new ConcurrentHashMap<>();
    private static final Map<Long, ThreadRole> ENDED_ROLES = new ConcurrentHashMap<>();

    private final long processNanos;
    private final long wallNanos;
    private final Map<Long, Long> threadNanos;
    private final Map<Long, ThreadRole> roles;

    private ThreadCpu(long processNanos, long wallNanos, Map<Long, Long> threadNanos, Map<Long, ThreadRole> roles) {
        this.processNanos = processNanos;
        this.wallNanos = wallNanos;
        this.threadNanos = threadNanos;
        this.roles = roles;
    }

    /** Keeps the calling thread's CPU time for the snapshots taken after it ended. */
    static void recordEnding() {
        long id = Thread.currentThread().getId();
        ENDED_ROLES.put(id, ThreadRole.of(Thread.currentThread().getName()));
        ENDED.put(id, THREADS.getCurrentThreadCpuTime());
    }

    static ThreadCpu now() {
        Map<Long, Long> times = new HashMap<>(ENDED);
        Map<Long, ThreadRole> roles = new HashMap<>(ENDED_ROLES);
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread == null) {
                continue;
            }
            long nanos = THREADS.getThreadCpuTime(thread.getThreadId());
            if (nanos >= 0) {
                times.put(thread.getThreadId(), nanos);
                roles.put(thread.getThreadId(), ThreadRole.of(thread.getThreadName()));
            }
        }
        return new ThreadCpu(PROCESS.getProcessCpuTime(), System.nanoTime(), times, roles);
    }

    /** CPU used from {@code before} to this snapshot. */
    Use since(ThreadCpu before) {
        Map<ThreadRole, Long> byRole = new LinkedHashMap<>();
        threadNanos.forEach((id, nanos) -> byRole.merge(roles.get(id), nanos - before.threadNanos.getOrDefault(id, 0L),
                Long::sum));
        return new Use(byRole, processNanos - before.processNanos, wallNanos - before.wallNanos);
    }

    /** CPU nanoseconds per thread role, of the whole process, and the wall-clock length of the window. */
    record Use(Map<ThreadRole, Long> byRole, long processNanos, long wallNanos) {

        long processors() {
            return byRole.entrySet().stream().filter(e -> e.getKey().isProcessor()).mapToLong(Map.Entry::getValue).sum();
        }

        long of(ThreadRole.Kind kind) {
            return byRole.entrySet().stream().filter(e -> e.getKey().kind() == kind).mapToLong(Map.Entry::getValue)
                    .sum();
        }

        /** Process CPU in no Java thread: garbage collection, JIT compilation, the JVM itself. */
        long outsideJavaThreads() {
            return processNanos - byRole.values().stream().mapToLong(Long::longValue).sum();
        }

        double share(long nanos) {
            return processNanos == 0 ? Double.NaN : nanos / (double) processNanos;
        }

        /** Cores the process kept busy on average. */
        double coresBusy() {
            return processNanos / (double) wallNanos;
        }
    }
}
