package cn.haztrail.shared.security.api;

/** Why a locked account was unlocked. */
public enum UnlockReason {
    /** The lock period passed. */
    EXPIRED,
    /** An administrator ended the lock early. */
    ADMIN
}
