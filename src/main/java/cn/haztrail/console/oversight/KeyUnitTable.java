package cn.haztrail.console.oversight;

import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.console.ConsoleFormat;
import cn.haztrail.console.export.ConsoleTable;
import cn.haztrail.console.export.ConsoleTableSource;
import cn.haztrail.oversight.indicators.KeyUnit;
import cn.haztrail.oversight.indicators.KeyUnitQueries;
import cn.haztrail.oversight.indicators.KeyUnitsReport;
import cn.haztrail.oversight.indicators.RegulatorScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** This year's key supervised units of the jurisdiction (重点监管单位) with their reasons, for download. */
@Component
public class KeyUnitTable implements ConsoleTableSource {

    private static final List<String> COLUMNS = List.of("name", "credit-code", "region", "roles", "generated",
            "reasons", "licences");

    private final KeyUnitQueries keyUnits;
    private final RegulatorScope scope;
    private final DashboardPeriod period;
    private final RegionDirectory regions;
    private final ConsoleFormat format;
    private final MessageSource messages;

    KeyUnitTable(KeyUnitQueries keyUnits, RegulatorScope scope, DashboardPeriod period, RegionDirectory regions,
                 ConsoleFormat format, MessageSource messages) {
        this.keyUnits = keyUnits;
        this.scope = scope;
        this.period = period;
        this.regions = regions;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "key-units";
    }

    @Override
    public ConsoleTable read(Map<String, String> query) {
        KeyUnitsReport report = keyUnits.keyUnits(scope.region(null), period.year());
        return new ConsoleTable(ConsoleTable.header(messages,
                COLUMNS.stream().map(column -> "console.key-units.column." + column).toList()),
                report.units().stream().map(this::row).toList());
    }

    private List<String> row(KeyUnit unit) {
        return List.of(unit.name(), unit.creditCode(), regionName(unit.regionCode()),
                unit.roles().stream().map(role -> text("console.custody.role." + role, role))
                        .collect(Collectors.joining(separator())),
                format.tonnes(unit.generatedTonnes()),
                unit.reasons().stream().map(reason -> text("console.key-units.reason." + reason, reason.name()))
                        .collect(Collectors.joining(separator())),
                String.join(separator(), unit.licenceNumbers()));
    }

    /** A region's name with its code, as the page shows it. */
    public String regionName(String code) {
        return regions.find(code).map(Region::name).map(name -> name + " (" + code + ")").orElse(code);
    }

    private String separator() {
        return text("console.term.separator", ", ");
    }

    private String text(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }
}
