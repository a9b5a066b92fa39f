package cn.haztrail.account.api;

/** Whom an account belongs to: a person acting for enterprises, or a regulator with a jurisdiction. */
public enum AccountKind {
    PERSON, REGULATOR
}
