package cn.haztrail.console.oversight;

import cn.haztrail.console.export.ConsoleTable;
import cn.haztrail.console.export.ConsoleTableSource;
import cn.haztrail.oversight.indicators.FlowQueries;
import cn.haztrail.oversight.indicators.FlowReport;
import cn.haztrail.oversight.indicators.FlowReport.Graph;
import cn.haztrail.oversight.indicators.RegulatorScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One of the dashboard's flow tables (city to city, or producer to receiver) for download. */
class FlowTable implements ConsoleTableSource {

    static final List<String> COLUMNS = List.of("from", "from-place", "to", "to-place", "category", "tonnes",
            "batches", "cross-province");

    private final String name;
    private final Function<FlowReport, Graph> graph;
    private final FlowQueries flows;
    private final RegulatorScope scope;
    private final DashboardPeriod period;
    private final FlowLines lines;
    private final MessageSource messages;

    FlowTable(String name, Function<FlowReport, Graph> graph, FlowQueries flows, RegulatorScope scope,
              DashboardPeriod period, FlowLines lines, MessageSource messages) {
        this.name = name;
        this.graph = graph;
        this.flows = flows;
        this.scope = scope;
        this.period = period;
        this.lines = lines;
        this.messages = messages;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ConsoleTable read(Map<String, String> query) {
        FlowReport report = flows.flows(scope.region(null), period.from(), period.to());
        String yes = messages.getMessage("console.flows.cross-province.yes", null, LocaleContextHolder.getLocale());
        List<List<String>> rows = lines.lines(graph.apply(report)).stream()
                .map(line -> List.of(line.from(), line.fromPlace(), line.to(), line.toPlace(), line.category(),
                        line.tonnes(), String.valueOf(line.batches()), line.crossProvince() ? yes : ""))
                .toList();
        return new ConsoleTable(ConsoleTable.header(messages,
                COLUMNS.stream().map(column -> "console.flows.column." + column).toList()), rows);
    }
}
