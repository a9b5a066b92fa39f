package cn.haztrail.shared.security;

/** What a person may do inside an enterprise it is a member of; the enterprise's party role decides the rest (R21). */
public enum MemberRole {
    /** Manages the enterprise's members, and acts like a clerk. */
    MANAGER,
    /** Acts for the enterprise: registers batches, drafts and signs manifests, receipts, disposals. */
    CLERK,
    /** Only pickup, handover and arrival, and only for a carrier. */
    DRIVER,
    /** Reads only. */
    VIEWER
}
