package cn.haztrail.shared.domain;

/** Why a command was refused. The web edge maps each reason to exactly one HTTP status. */
public enum RefusalReason {
    /** The command breaks a domain rule (HTTP 422). */
    RULE_VIOLATED,
    /** The command would duplicate something or is not allowed in the current state (HTTP 409). */
    CONFLICT,
    /** The command names something that does not exist (HTTP 404). */
    NOT_FOUND,
    /** The caller may not act on this resource (HTTP 403). */
    FORBIDDEN
}
