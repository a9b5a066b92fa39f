package cn.haztrail.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Markdown table printed to the console and appended to target/bench/results-&lt;database&gt;.md, so that a run's
 * figures can be pasted into README as they are.
 */
public final class ResultTable {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ResultTable(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    public ResultTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(format(cell));
        }
        rows.add(row);
        return this;
    }

    public ResultTable note(String note) {
        notes.add(note);
        return this;
    }

    public void print() {
        StringBuilder text = new StringBuilder("\n#### ").append(title).append(" — ").append(BenchmarkDatabase.name())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
        for (String note : notes) {
            text.append(note).append("\n");
        }
        if (!notes.isEmpty()) {
            text.append("\n");
        }
        text.append(line(header)).append(line(header.stream().map(h -> "---").toList()));
        rows.forEach(row -> text.append(line(row)));
        System.out.println(text);
        Path file = Path.of("target", "bench", "results-" + (BenchmarkDatabase.isPostgres() ? "postgres" : "h2") + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("(could not write " + file + ": " + e.getMessage() + ")");
        }
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String format(Object cell) {
        if (cell instanceof Double d) {
            return d.isNaN() ? "—" : d >= 100 ? String.format(Locale.ROOT, "%,.0f", d)
                    : String.format(Locale.ROOT, "%.2f", d);
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
        }
        return String.valueOf(cell);
    }
}
