package cn.haztrail.oversight.alerts;

/** An alert stands while its cause does; once resolved it stays in history, closed. */
public enum AlertState {
    OPEN, CLOSED
}
