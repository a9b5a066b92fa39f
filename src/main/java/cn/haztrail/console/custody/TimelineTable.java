package cn.haztrail.console.custody;

import cn.haztrail.console.ConsoleFormat;
import cn.haztrail.console.PageTexts;
import cn.haztrail.oversight.custody.CustodyEntryView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A timeline's entries as a table of texts, headed in the reader's language, for export (same columns as the page). */
@Component
class TimelineTable {

    private static final List<String> COLUMNS = List.of("position", "business-time", "recorded-at", "event",
            "summary", "actor", "role", "late-entry", "discrepancy", "refusal");

    private final MessageSource messages;
    private final ConsoleFormat format;
    private final PageTexts texts;

    TimelineTable(MessageSource messages, ConsoleFormat format, PageTexts texts) {
        this.messages = messages;
        this.format = format;
        this.texts = texts;
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
