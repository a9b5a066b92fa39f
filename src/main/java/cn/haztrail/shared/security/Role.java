package cn.haztrail.shared.security;

/** What an account may do. Party roles act for one enterprise; a regulator reads within its jurisdiction. */
public enum Role {
    PRODUCER, COLLECTOR, CARRIER, RECEIVER, REGULATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean actsForEnterprise() {
        return this != REGULATOR && this != ADMIN;
    }
}
