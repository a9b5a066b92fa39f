package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Function;

/** Alerts of a jurisdiction: those whose origin or destination lies in it, filtered in the database. */
@Service
@Transactional(readOnly = true)
public class AlertQueries {

    private final AlertRepository alerts;
    private final MessageSource messages;

    AlertQueries(AlertRepository alerts, MessageSource messages) {
        this.alerts = alerts;
        this.messages = messages;
    }

    /**
     * @param region a region inside the jurisdiction (the caller checked it) to narrow to, or null
     * @param type   null for every type
     * @param state  null for open and closed
     * @param period when the alert's cause arose, in business time
     */
    /** A jurisdiction's open alerts of one type (or all), newest first: what the console's dashboard lists. */
    public PageResponse<AlertView> open(String jurisdiction, AlertType type, int page, int size) {
        return list(jurisdiction, null, type, AlertState.OPEN, AlertPeriod.ALWAYS, page, size);
    }

    /** The same, with each detail worded by the reader's page (its labels and time zone) instead of the API's way. */
    public PageResponse<AlertView> open(String jurisdiction, AlertType type, int page, int size,
                                        Function<Translatable, String> wording) {
        return list(jurisdiction, null, type, AlertState.OPEN, AlertPeriod.ALWAYS, page, size, wording);
    }

    PageResponse<AlertView> list(String jurisdiction, String region, AlertType type, AlertState state,
                                 AlertPeriod period, int page, int size) {
        return list(jurisdiction, region, type, state, period, page, size,
                text -> messages.getMessage(text, LocaleContextHolder.getLocale()));
    }

    private PageResponse<AlertView> list(String jurisdiction, String region, AlertType type, AlertState state,
                                         AlertPeriod period, int page, int size,
                                         Function<Translatable, String> wording) {
        String prefix = RegionPrefix.of(region == null ? jurisdiction : region);
        return PageResponse.of(alerts.search(prefix, type, state, period.from(), period.until(),
                PageRequest.of(page, size)),
                alert -> AlertView.of(alert, wording.apply(alert.detailText())));
    }
}
