package cn.haztrail.contract.hostile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What every answer to a hostile request must be: a 4xx problem detail that tells nothing of the internals. */
final class ProblemChecks {

    /** Exception and class names, stack frames, SQL and database words: none may reach a client. */
    private static final Pattern INTERNALS = Pattern.compile("(?i)(exception\\b|exception:|\\bat [a-z]+\\.[a-z]+\\."
            + "|\\b(org|com|java|javax|jakarta|tools|cn)\\.[a-z]+\\.[a-z]|hibernate|jdbc|\\bh2\\b|\\bsql\\b"
            + "|select .* from|insert into|caused by|stack ?trace|\\bnull pointer|line: \\d+, column: \\d+"
            + "|source: |\\[Source)");

    private ProblemChecks() {
    }

    static void assertRefusedWithProblem(HostileRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        assertThat(status).as("status of %s, answer %s", request, body).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("content type of %s, answer %s", request, body).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(body);
        assertThat(problem.path("status").asInt()).as("status in the problem of %s: %s", request, body)
                .isEqualTo(status);
        assertThat(problem.path("title").asString()).as("title in the problem of %s: %s", request, body).isNotBlank();
        assertThat(INTERNALS.matcher(body).find()).as("internals leaked in the answer to %s: %s", request, body)
                .isFalse();
    }
}
