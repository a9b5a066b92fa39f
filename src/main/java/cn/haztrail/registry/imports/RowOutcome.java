package cn.haztrail.registry.imports;

/** What importing a row did: registered the enterprise, added to it, or found everything already there. */
enum RowOutcome {
    CREATED, UPDATED, UNCHANGED
}
