package cn.haztrail.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a thread of the benchmark JVM does, read from its name: a lifecycle client (the load driver, on whose thread
 * HazTrail's commands, command handlers and subscribing views run), one of Axon's streaming processors (Axon names
 * their threads {@code WorkPackage[name]-n} and {@code Coordinator[name]-n}, a tracking processor's
 * {@code EventProcessor[name]-n}), or anything else (schedulers, the pool's housekeeper), by the name without its
 * counter. The streaming processors are the asynchronous read side (the regulator's views, the ordered alerts, the
 * feed; the event store's shared reader of the latest events, when on, is part of it), except the custody processes:
 * they confirm a receipt's holds by commands that load and append to aggregates, which is the write side's work
 * done later, not reading (their processor and the thread they send their commands on, {@code process-commands[name]}).
 */
record ThreadRole(Kind kind, String name) {

    enum Kind { CLIENT, READ_SIDE, PROCESS, OTHER }

    static final String CLIENT_PREFIX = "lifecycle-client-";
    private static final String SHARED_READER = "EmbeddedEventStore";
    private static final String PROCESSES = "custody-processes";
    private static final Pattern PROCESSOR = Pattern.compile(
            "^(?:WorkPackage|Coordinator|EventProcessor|process-commands)\\[(.+)]");
    private static final Pattern COUNTER = Pattern.compile("[-_#\\s]*\\d+$");

    static ThreadRole of(String threadName) {
        if (threadName.startsWith(CLIENT_PREFIX)) {
            return new ThreadRole(Kind.CLIENT, "lifecycle clients");
        }
        if (threadName.startsWith(SHARED_READER)) {
            // the event store's reader for the processors at the head (haztrail.events.shared-tail-cache)
            return new ThreadRole(Kind.READ_SIDE, "event store's shared reader");
        }
        Matcher processor = PROCESSOR.matcher(threadName);
        if (processor.find()) {
            String name = processor.group(1);
            return new ThreadRole(name.equals(PROCESSES) ? Kind.PROCESS : Kind.READ_SIDE, name);
        }
        String family = COUNTER.matcher(threadName).replaceAll("");
        return new ThreadRole(Kind.OTHER, family.isEmpty() ? threadName : family);
    }

    /** A streaming processor's thread, of the read side or of the custody processes. */
    boolean isProcessor() {
        return kind == Kind.READ_SIDE || kind == Kind.PROCESS;
    }
}
