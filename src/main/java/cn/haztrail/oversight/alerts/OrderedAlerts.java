package cn.haztrail.oversight.alerts;

/**
 * The streaming processor of the alerts judged in the order their events were stored, live and on a replay alike:
 * the management plans' ({@link PlanAlerts}, R31, R32), the exemptions' ({@link ExemptionAlerts}, R38) and the
 * collection rounds' ({@link RoundAlerts}, R46). One segment, so that order holds; one processor for the three, so
 * each event is read and deserialized once for them (each streaming processor reads the store for itself, and
 * costs CPU and statements even when it has nothing to handle). Upgraded installations: V189 merges their tokens.
 */
final class OrderedAlerts {

    static final String GROUP = "ordered-alerts";

    private OrderedAlerts() {
    }
}
