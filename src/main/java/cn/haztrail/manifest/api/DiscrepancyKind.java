package cn.haztrail.manifest.api;

/** What differed between the manifest and the waste that arrived (R17). */
public enum DiscrepancyKind {
    NAME, QUANTITY, CHARACTERISTICS, FORM, PACKAGING
}
