package cn.haztrail.console.oversight;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.oversight.alerts.AlertQueries;
import cn.haztrail.oversight.alerts.AlertType;
import cn.haztrail.oversight.indicators.IndicatorQueries;
import cn.haztrail.oversight.indicators.IndicatorReport;
import cn.haztrail.oversight.indicators.RegulatorScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regulator's dashboard: open alerts by type and the newest of them, this year's plan indicators against the
 * plan's targets, the mix by method kind (an ECharts chart fed from the page's own JSON), the per-category table.
 * Every figure comes from the query services the oversight API answers with, scoped the same way (R21).
 */
@Controller
class DashboardController {

    static final int NEWEST = 20;

    private final AlertQueries alerts;
    private final IndicatorQueries indicators;
    private final RegulatorScope scope;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneProperties zone;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardController(AlertQueries alerts, IndicatorQueries indicators, RegulatorScope scope,
                        MessageSource messages, Clock clock, ZoneProperties zone) {
        this.alerts = alerts;
        this.indicators = indicators;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/console/oversight")
    String dashboard(Model model) {
        String jurisdiction = scope.region(null);
        Map<AlertType, Long> counts = new LinkedHashMap<>();
        for (AlertType type : AlertType.values()) {
            long open = alerts.open(jurisdiction, type, 0, 1).total();
            if (open > 0) {
                counts.put(type, open);
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        IndicatorReport report = indicators.originIndicators(jurisdiction, today.withDayOfYear(1), today);
        model.addAttribute("alertCounts", counts);
        model.addAttribute("openAlerts", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("alerts", alerts.open(jurisdiction, null, 0, NEWEST).items());
        model.addAttribute("report", report);
        model.addAttribute("mixJson", mixJson(report));
        return "console/oversight/dashboard";
    }

    /** The mix as ECharts series data: [{name, value}] with the kinds named in the reader's language. */
    private String mixJson(IndicatorReport report) {
        List<Map<String, Object>> data = report.totals().mix().stream()
                .map(share -> Map.<String, Object>of("name", messages.getMessage("console.method-kind."
                        + share.kind(), null, share.kind(), LocaleContextHolder.getLocale()), "value", share.tonnes()))
                .toList();
        return json.writeValueAsString(data);
    }
}
