package cn.haztrail.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One step of README's walkthrough, a fenced {@code http} block: {@code account: METHOD path → status}, then
 * {@code {name} = field} lines naming what to keep from the answer, then the JSON body (if any). Placeholders such as
 * {@code {batchId}} in the path and body stand for what earlier answers gave.
 */
record WalkthroughStep(String title, String account, String method, String path, int status,
                       Map<String, String> keeps, String body) {

    private static final String SECTION = "### Walking the custody chain in Swagger UI";
    private static final Pattern BLOCK = Pattern.compile("```http\\n(.*?)\\n\\s*```", Pattern.DOTALL);
    private static final Pattern REQUEST = Pattern.compile("(\\S+): (GET|POST) (\\S+) → (\\d{3})");
    private static final Pattern KEEP = Pattern.compile("\\{(\\w+)} = ([\\w.]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:]+(?:Z|[+-]\\d{2}:\\d{2})");

    static List<WalkthroughStep> fromReadme(String readme) {
        int start = readme.indexOf(SECTION);
        assertThat(start).as("README section " + SECTION).isNotNegative();
        int end = readme.indexOf("\n### ", start + SECTION.length());
        Matcher block = BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<WalkthroughStep> steps = new ArrayList<>();
        while (block.find()) {
            steps.add(of(block.group(1).lines().map(String::strip).toList()));
        }
        return steps;
    }

    private static WalkthroughStep of(List<String> lines) {
        Matcher request = REQUEST.matcher(lines.get(0));
        assertThat(request.matches()).as("first line of a walkthrough block: " + lines.get(0)).isTrue();
        Map<String, String> keeps = new LinkedHashMap<>();
        int line = 1;
        for (Matcher keep; line < lines.size() && (keep = KEEP.matcher(lines.get(line))).matches(); line++) {
            keeps.put(keep.group(1), keep.group(2));
        }
        return new WalkthroughStep(lines.get(0), request.group(1), request.group(2), request.group(3),
                Integer.parseInt(request.group(4)), keeps, String.join("\n", lines.subList(line, lines.size())));
    }

    static OffsetDateTime latestTime(List<WalkthroughStep> steps) {
        return steps.stream().flatMap(step -> TIME.matcher(step.body()).results())
                .map(time -> OffsetDateTime.parse(time.group())).max(OffsetDateTime::compareTo).orElseThrow();
    }

    String fill(String text, Map<String, String> kept) {
        return PLACEHOLDER.matcher(text).replaceAll(placeholder -> {
            String value = kept.get(placeholder.group(1));
            assertThat(value).as(title + ": " + placeholder.group() + " comes from an earlier answer").isNotNull();
            return Matcher.quoteReplacement(value);
        });
    }
}
