package cn.haztrail.registry.imports;

import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.PartyRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compact cell syntax of the import file (README, "Bulk onboarding"). Lists are separated by ";" and items by
 * ","; the full-width forms (；，：) that Chinese input methods type are read the same. Only the syntax is checked
 * here: what the values must be is decided by the API's validation and the commands, as for any request.
 *
 * <ul>
 *   <li>roles: {@code PRODUCER;CARRIER} or 产生单位;承运人</li>
 *   <li>licence lines: {@code scope[!excluded,...][@tonnes]:method,...} per line, e.g.
 *       {@code HW08:R9;HW17!336-064-17@2000:D10,D1;900-249-08:D10}</li>
 *   <li>vehicles: {@code plate/operating permit number} per vehicle, e.g. {@code 赣H12345/赣交运管景字360200012345号}</li>
 *   <li>dates: yyyy-MM-dd (also yyyy/M/d and yyyy.M.d); numbers: 5000 or 5,000.5</li>
 * </ul>
 */
final class CellSyntax {

    private static final Map<String, PartyRole> CHINESE_ROLES = Map.of("产生单位", PartyRole.PRODUCER,
            "收集单位", PartyRole.COLLECTOR, "承运人", PartyRole.CARRIER, "运输单位", PartyRole.CARRIER,
            "接受单位", PartyRole.RECEIVER, "利用处置单位", PartyRole.RECEIVER);
    private static final Map<String, LicenceMode> CHINESE_MODES = Map.of("综合经营", LicenceMode.COMPREHENSIVE,
            "收集经营", LicenceMode.COLLECTION);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private CellSyntax() {
    }

    static List<PartyRole> roles(String cell) {
        List<PartyRole> roles = new ArrayList<>();
        for (String name : items(cell, "[;,、\\s]+")) {
            PartyRole chinese = CHINESE_ROLES.get(name);
            if (chinese != null) {
                roles.add(chinese);
                continue;
            }
            try {
                roles.add(PartyRole.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw RowRefused.of(ImportColumn.ROLES, "refused.import.unknown-role", name);
            }
        }
        return roles;
    }

    static LicenceMode mode(String cell) {
        LicenceMode chinese = CHINESE_MODES.get(cell);
        if (chinese != null) {
            return chinese;
        }
        try {
            return LicenceMode.valueOf(cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RowRefused.of(ImportColumn.LICENCE_MODE, "refused.import.unknown-licence-mode", cell);
        }
    }

    static LocalDate date(String cell, ImportColumn column) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(cell, format);
            } catch (DateTimeParseException tryNext) {
                // the next accepted form
            }
        }
        throw RowRefused.of(column, "refused.import.bad-date", cell);
    }

    static BigDecimal tonnes(String cell, ImportColumn column) {
        try {
            return new BigDecimal(cell.replace(",", "").replace("，", ""));
        } catch (NumberFormatException bad) {
            throw RowRefused.of(column, "refused.import.bad-number", cell);
        }
    }

    /** One licence line per ";": {@code scope[!excluded,...][@tonnes]:method,...}. */
    static List<LineCell> licenceLines(String cell) {
        List<LineCell> lines = new ArrayList<>();
        for (String line : items(cell, ";")) {
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                throw RowRefused.of(ImportColumn.LICENCE_LINES, "refused.import.bad-licence-line", line);
            }
            String waste = line.substring(0, colon).strip();
            List<String> methods = items(line.substring(colon + 1), ",");
            String capacity = null;
            int at = waste.indexOf('@');
            if (at >= 0) {
                capacity = waste.substring(at + 1).strip();
                waste = waste.substring(0, at).strip();
            }
            List<String> excluded = List.of();
            int bang = waste.indexOf('!');
            if (bang >= 0) {
                excluded = items(waste.substring(bang + 1), ",");
                waste = waste.substring(0, bang).strip();
            }
            if (waste.isEmpty() || methods.isEmpty() || (capacity != null && capacity.isEmpty())) {
                throw RowRefused.of(ImportColumn.LICENCE_LINES, "refused.import.bad-licence-line", line);
            }
            lines.add(new LineCell(waste, excluded, methods,
                    capacity == null ? null : tonnes(capacity, ImportColumn.LICENCE_LINES)));
        }
        return lines;
    }

    /** One vehicle per ";": {@code plate/operating permit number}. */
    static List<VehicleCell> vehicles(String cell) {
        List<VehicleCell> vehicles = new ArrayList<>();
        for (String vehicle : items(cell, ";")) {
            int slash = vehicle.indexOf('/');
            if (slash <= 0 || slash == vehicle.length() - 1) {
                throw RowRefused.of(ImportColumn.VEHICLES, "refused.import.bad-vehicle", vehicle);
            }
            vehicles.add(new VehicleCell(vehicle.substring(0, slash).strip(), vehicle.substring(slash + 1).strip()));
        }
        return vehicles;
    }

    private static List<String> items(String cell, String separator) {
        String halfWidth = cell.replace('；', ';').replace('，', ',').replace('：', ':');
        return Arrays.stream(halfWidth.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    record LineCell(String scope, List<String> excludedCodes, List<String> methods, BigDecimal annualCapacityTonnes) {
    }

    record VehicleCell(String plate, String operatingPermitNo) {
    }
}
