package cn.haztrail.console.custody;

import cn.haztrail.console.ConsoleFormat;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.console.PageTexts;
import cn.haztrail.console.export.ConsoleTable;
import cn.haztrail.console.export.ConsoleTableSource;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.oversight.custody.CustodyEntryView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A timeline's entries as a table of texts, headed in the reader's language, for download (same columns as the
 * page): {@code kind} (batches or manifests), {@code key}, and the page's {@code asOf} and {@code knownAt}. A chain
 * the reader may not read is "not found", as on the page and in the API (R21).
 */
@Component
class TimelineTable implements ConsoleTableSource {

    private static final List<String> COLUMNS = List.of("position", "business-time", "recorded-at", "event",
            "summary", "actor", "role", "late-entry", "discrepancy", "refusal");

    private final MessageSource messages;
    private final ConsoleFormat format;
    private final PageTexts texts;

    private final Timelines timelines;
    private final ZoneProperties zone;
    private final CurrentCaller currentCaller;

    TimelineTable(MessageSource messages, ConsoleFormat format, PageTexts texts, Timelines timelines,
                  ZoneProperties zone, CurrentCaller currentCaller) {
        this.messages = messages;
        this.format = format;
        this.texts = texts;
        this.timelines = timelines;
        this.zone = zone;
        this.currentCaller = currentCaller;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public ConsoleTable read(Map<String, String> query) {
        if (!currentCaller.get().isRegulator()) {
            throw new AccessDeniedException("The timeline pages and their downloads are for regulators");
        }
        PageTimes times = PageTimes.parse(query.get("asOf"), query.get("knownAt"), zone.zone());
        String key = query.getOrDefault("key", "");
        try {
            Timeline timeline = Timelines.BATCHES.equals(query.get("kind"))
                    ? timelines.batch(UUID.fromString(key), times.asOf(), times.knownAt())
                    : timelines.manifest(key, times.asOf(), times.knownAt());
            return new ConsoleTable(header(), rows(timeline));
        } catch (CommandRefused | IllegalArgumentException unreadable) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No chain of custody " + key);
        }
    }

    List<String> header() {
        return COLUMNS.stream().map(column -> text("console.custody.column." + column)).toList();
    }

    List<List<String>> rows(Timeline timeline) {
        return timeline.chain().entries().stream().map(this::row).toList();
    }

    private List<String> row(CustodyEntryView entry) {
        return List.of(String.valueOf(entry.position()), format.time(entry.businessTime()),
                format.time(entry.recordedAt()), texts.term(entry.eventType()), orEmpty(entry.summary()),
                orEmpty(entry.actor().enterpriseName()), role(entry.actor().role()),
                entry.lateEntry() == null ? "" : text("console.custody.late-entry." + entry.lateEntry()),
                entry.discrepancyKinds() == null ? "" : entry.discrepancyKinds().stream()
                        .map(kind -> text("console.custody.discrepancy." + kind)).collect(Collectors.joining("; ")),
                entry.refusalRule() == null ? "" : entry.refusalRule() + " " + orEmpty(entry.refusalReason()));
    }

    private String role(String role) {
        return role == null ? "" : text("console.custody.role." + role);
    }

    private String text(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, null, code.substring(code.lastIndexOf('.') + 1), locale);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
