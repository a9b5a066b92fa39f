package cn.haztrail.report.command;

/** Where an annual report stands: submitted and awaiting the regulator, returned for a new version, or closed. */
enum ReportStatus {
    SUBMITTED, RETURNED, ACKNOWLEDGED
}
