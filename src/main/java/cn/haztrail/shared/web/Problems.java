package cn.haztrail.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** Builds the RFC 9457 problem details the API answers errors with: a type per kind, a rule id, bad fields. */
public final class Problems {

    private static final String TYPE_BASE = "https://haztrail.cn/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail forbidden() {
        return withRule(of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This account may not do this."), "R21");
    }

    public static ProblemDetail withRule(ProblemDetail problem, String rule) {
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
