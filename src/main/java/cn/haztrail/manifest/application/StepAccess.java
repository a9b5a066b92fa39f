package cn.haztrail.manifest.application;

/**
 * The caller's right to take a step on a manifest (R21), checked inside the step's own transaction: the check reads
 * the manifest's view, which the step's subscribing view then finds already loaded, so a step reads that row once
 * and commits once. A refusal here (404, 403) is the caller's, never recorded on the manifest.
 */
@FunctionalInterface
public interface StepAccess {

    /** For the system's own steps (demo data), which act for the party they name. */
    StepAccess SYSTEM = () -> {
    };

    /** Throws when the caller may not take the step; its answer is not needed. */
    void check();
}
