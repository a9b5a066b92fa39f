package cn.haztrail.shared.domain;

/**
 * A command that the domain refuses, with the rule from RULES.md it would break (when one applies) and the input
 * field at fault (when one is). Thrown before any event is applied, so nothing is stored.
 */
public class CommandRefused extends RuntimeException {

    private final RefusalReason reason;
    private final String rule;
    private final String field;

    public CommandRefused(RefusalReason reason, String rule, String field, String message) {
        super(message);
        this.reason = reason;
        this.rule = rule;
        this.field = field;
    }

    public static CommandRefused ruleViolated(String rule, String field, String message) {
        return new CommandRefused(RefusalReason.RULE_VIOLATED, rule, field, message);
    }

    public static CommandRefused conflict(String rule, String field, String message) {
        return new CommandRefused(RefusalReason.CONFLICT, rule, field, message);
    }

    public static CommandRefused notFound(String field, String message) {
        return new CommandRefused(RefusalReason.NOT_FOUND, null, field, message);
    }

    public RefusalReason reason() {
        return reason;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
