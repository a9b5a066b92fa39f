package cn.haztrail.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a thread of the benchmark JVM does, read from its name: a lifecycle client (the load driver, on whose thread
 * HazTrail's commands, command handlers and subscribing views run), one of Axon's streaming processors (the
 * asynchronous read side: Axon names their threads {@code WorkPackage[name]-n} and {@code Coordinator[name]-n}, a
 * tracking processor's {@code EventProcessor[name]-n}; the thread on which the custody processes send their commands,
 * {@code process-commands[name]}, and the event store's shared reader of the latest events, when on, are part of it
 * too), or anything else (schedulers, the pool's housekeeper), by the
 * name without its counter.
 */
record ThreadRole(Kind kind, String name) {

    enum Kind { CLIENT, PROCESSOR, OTHER }

    static final String CLIENT_PREFIX = "lifecycle-client-";
    private static final String SHARED_READER = "EmbeddedEventStore";
    private static final Pattern PROCESSOR = Pattern.compile(
            "^(?:WorkPackage|Coordinator|EventProcessor|process-commands)\\[(.+)]");
    private static final Pattern COUNTER = Pattern.compile("[-_#\\s]*\\d+$");

    static ThreadRole of(String threadName) {
        if (threadName.startsWith(CLIENT_PREFIX)) {
            return new ThreadRole(Kind.CLIENT, "lifecycle clients");
        }
        if (threadName.startsWith(SHARED_READER)) {
            // the event store's reader for the processors at the head (haztrail.events.shared-tail-cache)
            return new ThreadRole(Kind.PROCESSOR, "event store's shared reader");
        }
        Matcher processor = PROCESSOR.matcher(threadName);
        if (processor.find()) {
            return new ThreadRole(Kind.PROCESSOR, processor.group(1));
        }
        String family = COUNTER.matcher(threadName).replaceAll("");
        return new ThreadRole(Kind.OTHER, family.isEmpty() ? threadName : family);
    }

    boolean isProcessor() {
        return kind == Kind.PROCESSOR;
    }
}
