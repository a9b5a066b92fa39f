package cn.haztrail.bench;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Which SQL a step's services make, by text: {@code -Dbench.statements.texts=true} prints, per step and then per
 * streaming processor, each distinct statement (literals are parameters already) and how often a lifecycle makes
 * it, so that what a step costs can be read statement by statement. Off by default: keeping the texts costs a map lookup per statement.
 */
final class StatementTexts {

    private final boolean enabled = Boolean.getBoolean("bench.statements.texts");
    private final Map<Step, Map<String, LongAdder>> texts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> byProcessor = new ConcurrentHashMap<>();

    void made(Step step, boolean readingBack, String sql) {
        if (enabled && step != null && !readingBack) {
            texts.computeIfAbsent(step, s -> new ConcurrentHashMap<>())
                    .computeIfAbsent(shortened(sql), s -> new LongAdder()).increment();
        }
    }

    /** A statement of a streaming processor's thread, outside any step. */
    void madeBy(ThreadRole thread, String sql) {
        if (enabled && thread.isProcessor()) {
            byProcessor.computeIfAbsent(thread.name(), s -> new ConcurrentHashMap<>())
                    .computeIfAbsent(shortened(sql), s -> new LongAdder()).increment();
        }
    }

    void clear() {
        texts.clear();
        byProcessor.clear();
    }

    void print(int lifecycles) {
        if (!enabled) {
            return;
        }
        for (Step step : Step.values()) {
            print(step.toString(), texts.getOrDefault(step, Map.of()), lifecycles);
        }
        new TreeMap<>(byProcessor).forEach((processor, made) ->
                print("processor " + processor, made, lifecycles));
    }

    private static void print(String source, Map<String, LongAdder> made, int lifecycles) {
        System.out.printf(Locale.ROOT, "%n%s: statements per lifecycle, by text%n", source);
        made.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.2f  %s%n",
                        e.getValue().sum() / (double) lifecycles, e.getKey()));
    }

    private static String shortened(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
