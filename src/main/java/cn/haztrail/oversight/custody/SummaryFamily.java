package cn.haztrail.oversight.custody;

import java.util.Optional;

/**
 * Summarizes the events of one family (batch, transport, receipt, corrections). A summary depends only on the event
 * and the enterprises' names, never on later events, so that an entry reads the same at every asOf.
 */
interface SummaryFamily {

    /** @return empty if the event is not of this family */
    Optional<EventSummary> summarize(Object payload, EnterpriseNames names);
}
