package cn.haztrail.console.oversight;

import cn.haztrail.console.ConsoleFormat;
import cn.haztrail.console.PageTexts;
import cn.haztrail.console.export.ConsoleTable;
import cn.haztrail.console.export.ConsoleTableSource;
import cn.haztrail.oversight.alerts.AlertQueries;
import cn.haztrail.oversight.alerts.AlertView;
import cn.haztrail.oversight.indicators.RegulatorScope;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The open alerts of the caller's jurisdiction as a table of texts, headed in the reader's language, for export. */
@Component
class AlertTable implements ConsoleTableSource {

    private static final int PAGE = 200;
    /** An export is a working list, not an archive: beyond this the regulator narrows it in the API. */
    static final int MAX_ROWS = 10_000;
    private static final List<String> COLUMNS = List.of("type", "opened", "manifest", "label", "parties",
            "origin", "destination", "rule", "detail");

    private final AlertQueries alerts;
    private final RegulatorScope scope;
    private final MessageSource messages;
    private final ConsoleFormat format;
    private final PageTexts texts;

    AlertTable(AlertQueries alerts, RegulatorScope scope, MessageSource messages, ConsoleFormat format,
               PageTexts texts) {
        this.alerts = alerts;
        this.scope = scope;
        this.messages = messages;
        this.format = format;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public ConsoleTable read(Map<String, String> query) {
        return new ConsoleTable(ConsoleTable.header(messages,
                COLUMNS.stream().map(column -> "console.alerts.column." + column).toList()), rows());
    }

    private List<List<String>> rows() {
        String jurisdiction = scope.region(null);
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; rows.size() < MAX_ROWS; page++) {
            PageResponse<AlertView> answer = alerts.open(jurisdiction, null, page, PAGE, texts::say);
            answer.items().forEach(alert -> rows.add(row(alert)));
            if ((long) (page + 1) * PAGE >= answer.total()) {
                break;
            }
        }
        return rows;
    }

    private List<String> row(AlertView alert) {
        return List.of(messages.getMessage("console.alert-type." + alert.type(), null, alert.type().name(),
                        LocaleContextHolder.getLocale()),
                format.time(alert.openedAt()), text(alert.subject().manifestNumber()),
                text(alert.subject().labelId()),
                alert.enterprises().stream().map(AlertView.Party::name).collect(Collectors.joining("; ")),
                text(alert.originRegion()), text(alert.destinationRegion()), text(alert.ruleId()),
                text(alert.detail()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
