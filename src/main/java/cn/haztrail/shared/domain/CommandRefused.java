package cn.haztrail.shared.domain;

import cn.haztrail.shared.i18n.Translatable;

/**
 * A command that the domain refuses, with the rule of the rules reference (api-docs/rules.md) it would break (when
 * one applies) and the input field at fault (when one is). Thrown before any event is applied, so nothing is stored.
 *
 * <p>The reason is a {@link Translatable} (a code of {@code messages.properties} with its arguments): the message of
 * the exception is its English text, and the API answers in the caller's language. A plain English reason still
 * works but cannot be translated.
 */
public class CommandRefused extends RuntimeException {

    private final RefusalReason reason;
    private final String rule;
    private final String field;
    private final transient Translatable text;

    public CommandRefused(RefusalReason reason, String rule, String field, String message) {
        this(reason, rule, field, message, null);
    }

    public CommandRefused(RefusalReason reason, String rule, String field, Translatable text) {
        this(reason, rule, field, text.english(), text);
    }

    private CommandRefused(RefusalReason reason, String rule, String field, String message, Translatable text) {
        super(message);
        this.reason = reason;
        this.rule = rule;
        this.field = field;
        this.text = text;
    }

    public static CommandRefused ruleViolated(String rule, String field, Translatable text) {
        return new CommandRefused(RefusalReason.RULE_VIOLATED, rule, field, text);
    }

    public static CommandRefused conflict(String rule, String field, Translatable text) {
        return new CommandRefused(RefusalReason.CONFLICT, rule, field, text);
    }

    public static CommandRefused notFound(String field, Translatable text) {
        return new CommandRefused(RefusalReason.NOT_FOUND, null, field, text);
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

    /** The translatable reason, or null for a plain English one. */
    public Translatable text() {
        return text;
    }
}
