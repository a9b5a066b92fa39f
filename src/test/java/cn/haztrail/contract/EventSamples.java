package cn.haztrail.contract;

import java.util.List;
import java.util.stream.Stream;

/**
 * One fixed example of every stored event type, for the approval test, gathered from one samples class per
 * feature. A new event type needs a sample there.
 */
final class EventSamples {

    private EventSamples() {
    }

    static List<Object> all() {
        return Stream.of(RegistryEventSamples.all(), BatchEventSamples.all(), ManifestEventSamples.all(),
                        ApprovalEventSamples.all(), SecurityEventSamples.all(), IntegrityEventSamples.all(),
                        CalendarEventSamples.all(), AccountEventSamples.all(),
                        EnrolmentEventSamples.all(), ReportEventSamples.all(),
                        PlanEventSamples.all(), ExemptionEventSamples.all(), BackflowEventSamples.all(),
                        CollectionEventSamples.all())
                .flatMap(List::stream).toList();
    }
}
