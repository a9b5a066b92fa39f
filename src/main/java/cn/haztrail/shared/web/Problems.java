package cn.haztrail.shared.web;

import cn.haztrail.shared.i18n.Translatable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Builds the RFC 9457 problem details the API answers errors with: a type per kind, a rule id, bad fields. */
public final class Problems {

    private static final String TYPE_BASE = "https://haztrail.cn/problems/";
    /** The rules reference (api-docs/rules.md) as the application serves it; each rule has an anchor (#r03). */
    public static final String RULES_REFERENCE = "/api-docs/rules.md";
    static final Translatable FORBIDDEN_TEXT = Translatable.of("problem.forbidden");

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail forbidden() {
        return forbidden(FORBIDDEN_TEXT.english());
    }

    static ProblemDetail forbidden(String detail) {
        return withRule(of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail), "R21");
    }

    /** Names the rule, and makes the problem's type the rule's entry in the rules reference. */
    public static ProblemDetail withRule(ProblemDetail problem, String rule) {
        if (rule != null) {
            problem.setProperty("rule", rule);
            problem.setType(ruleLink(rule));
        }
        return problem;
    }

    public static URI ruleLink(String rule) {
        return URI.create(RULES_REFERENCE + "#" + rule.toLowerCase(Locale.ROOT));
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
