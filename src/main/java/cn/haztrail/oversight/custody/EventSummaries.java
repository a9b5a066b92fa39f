package cn.haztrail.oversight.custody;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Picks the family that knows an event; an event type no family knows yet is listed under its name. */
@Component
class EventSummaries {

    private final List<SummaryFamily> families = List.of(new BatchSummaries(), new TransportSummaries(),
            new ReceiptSummaries(), new CorrectionSummaries());

    EventSummary summarize(Object payload, EnterpriseNames names) {
        return families.stream().map(family -> family.summarize(payload, names)).flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> EventSummary.of("custody.unknown-event", payload.getClass().getSimpleName()));
    }
}
