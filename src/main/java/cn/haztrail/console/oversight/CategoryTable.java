package cn.haztrail.console.oversight;

import cn.haztrail.console.ConsoleFormat;
import cn.haztrail.console.export.ConsoleTable;
import cn.haztrail.console.export.ConsoleTableSource;
import cn.haztrail.oversight.indicators.CategoryIndicators;
import cn.haztrail.oversight.indicators.IndicatorFigures;
import cn.haztrail.oversight.indicators.IndicatorQueries;
import cn.haztrail.oversight.indicators.RegulatorScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The dashboard's indicators per waste category, for download (the same figures and formats as the page). */
@Component
class CategoryTable implements ConsoleTableSource {

    private static final List<String> COLUMNS = List.of("console.dashboard.category", "console.dashboard.generated",
            "console.dashboard.stock", "console.dashboard.in-storage", "console.dashboard.rate",
            "console.dashboard.landfill");

    private final IndicatorQueries indicators;
    private final RegulatorScope scope;
    private final DashboardPeriod period;
    private final ConsoleFormat format;
    private final MessageSource messages;

    CategoryTable(IndicatorQueries indicators, RegulatorScope scope, DashboardPeriod period, ConsoleFormat format,
                  MessageSource messages) {
        this.indicators = indicators;
        this.scope = scope;
        this.period = period;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "categories";
    }

    @Override
    public ConsoleTable read(Map<String, String> query) {
        List<CategoryIndicators> categories = indicators.originIndicators(scope.region(null), period.from(),
                period.to()).byCategory();
        return new ConsoleTable(ConsoleTable.header(messages, COLUMNS), categories.stream().map(this::row).toList());
    }

    private List<String> row(CategoryIndicators category) {
        IndicatorFigures f = category.figures();
        return List.of(category.category(), format.tonnes(f.generated()), format.tonnes(f.stockCarriedIn()),
                format.tonnes(f.inStorageAtEnd()), format.percent(f.utilizationDisposalRate()),
                format.percent(f.landfillShare()));
    }
}
