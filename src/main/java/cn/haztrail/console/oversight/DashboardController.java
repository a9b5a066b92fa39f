package cn.haztrail.console.oversight;

import cn.haztrail.console.PageTexts;
import cn.haztrail.oversight.alerts.AlertQueries;
import cn.haztrail.oversight.alerts.AlertType;
import cn.haztrail.oversight.indicators.FlowQueries;
import cn.haztrail.oversight.indicators.FlowReport;
import cn.haztrail.oversight.indicators.IndicatorQueries;
import cn.haztrail.oversight.indicators.IndicatorReport;
import cn.haztrail.oversight.indicators.KeyUnitQueries;
import cn.haztrail.oversight.indicators.RegulatorScope;
import cn.haztrail.oversight.integrity.IntegrityAlerts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regulator's dashboard: open alerts by type and the newest of them, the integrity alerts (R23), this year's
 * plan indicators against the plan's targets, the mix by method kind (an ECharts chart fed from the page's own JSON), the per-category table, the
 * flows as Sankey charts with their tables, and the key supervised units. Every figure comes from the query services
 * the oversight API answers with, scoped the same way (R21).
 */
@Controller
class DashboardController {

    static final int NEWEST = 20;

    private final AlertQueries alerts;
    private final IndicatorQueries indicators;
    private final FlowQueries flows;
    private final KeyUnitQueries keyUnits;
    private final IntegrityAlerts integrityAlerts;
    private final RegulatorScope scope;
    private final DashboardPeriod period;
    private final FlowLines flowLines;
    private final PageTexts texts;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardController(AlertQueries alerts, IndicatorQueries indicators, FlowQueries flows, KeyUnitQueries keyUnits,
                        IntegrityAlerts integrityAlerts, RegulatorScope scope, DashboardPeriod period,
                        FlowLines flowLines, PageTexts texts, MessageSource messages) {
        this.alerts = alerts;
        this.indicators = indicators;
        this.flows = flows;
        this.keyUnits = keyUnits;
        this.integrityAlerts = integrityAlerts;
        this.scope = scope;
        this.period = period;
        this.flowLines = flowLines;
        this.texts = texts;
        this.messages = messages;
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
        IndicatorReport report = indicators.originIndicators(jurisdiction, period.from(), period.to());
        model.addAttribute("alertCounts", counts);
        model.addAttribute("openAlerts", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("alerts", alerts.open(jurisdiction, null, 0, NEWEST, texts::say).items());
        // Not the jurisdiction's: a change to the database outside HazTrail concerns every regulator (R23).
        model.addAttribute("integrityAlerts", integrityAlerts.list(0, NEWEST, texts::say).items());
        model.addAttribute("report", report);
        model.addAttribute("mixJson", mixJson(report));
        FlowReport flowReport = flows.flows(jurisdiction, period.from(), period.to());
        model.addAttribute("flows", flowReport);
        model.addAttribute("cityFlows", flowLines.lines(flowReport.byRegion()));
        model.addAttribute("cityFlowsJson", flowLines.sankeyJson(flowReport.byRegion()));
        model.addAttribute("enterpriseFlows", flowLines.lines(flowReport.byEnterprise()));
        model.addAttribute("enterpriseFlowsJson", flowLines.sankeyJson(flowReport.byEnterprise()));
        model.addAttribute("keyUnits", keyUnits.keyUnits(jurisdiction, period.year()));
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
