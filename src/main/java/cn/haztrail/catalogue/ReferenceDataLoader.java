package cn.haztrail.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Turns the reference CSV files into values. The waste list and the holiday calendar are read from every file in
 * their folder (one file per edition or year), so a new edition or year is a data change only. The file name must
 * agree with the rows: {@code waste-list/2021.csv} holds edition 2021, {@code holidays/2026.csv} dates in 2026.
 */
final class ReferenceDataLoader {

    static final String CLASSPATH = "classpath*:reference/";

    private static final List<String> WASTE_LIST_HEADER = List.of("edition", "category", "category_name",
            "industry_source", "code", "description", "hazard_characteristics");
    private static final List<String> METHODS_HEADER = List.of("code", "name_zh", "name_en", "kind", "defined_by");
    private static final List<String> REGIONS_HEADER = List.of("code", "name", "level", "parent");
    private static final List<String> HOLIDAYS_HEADER = List.of("date", "kind", "name");

    private final ResourcePatternResolver resolver;
    private final String base;

    /** @param base where the files live, ending in {@code /}; {@link #CLASSPATH} in the application */
    ReferenceDataLoader(ResourcePatternResolver resolver, String base) {
        this.resolver = resolver;
        this.base = base;
    }

    List<WasteCodeEntry> wasteList() {
        return readAll("waste-list/", WASTE_LIST_HEADER, (edition, row) -> {
            if (!row.get("edition").equals(edition)) {
                throw row.invalid("edition " + row.get("edition") + " in the file of edition " + edition);
            }
            return new WasteCodeEntry(edition,
                    WasteCategory.parse(row.required("category")),
                    row.required("category_name"),
                    row.required("industry_source"),
                    WasteCode.parse(row.required("code")),
                    row.required("description"),
                    HazardRequirement.parse(row.required("hazard_characteristics")));
        });
    }

    List<MethodCode> methods() {
        return CsvReader.read(one("methods.csv"), METHODS_HEADER).stream().map(row -> convert(row, () ->
                new MethodCode(row.required("code"), row.required("name_zh"), row.required("name_en"),
                        MethodKind.fromCsv(row.required("kind")), row.required("defined_by")))).toList();
    }

    List<Region> regions() {
        return CsvReader.read(one("regions.csv"), REGIONS_HEADER).stream().map(row -> convert(row, () ->
                new Region(row.required("code"), row.required("name"), RegionLevel.fromCsv(row.required("level")),
                        row.get("parent").isEmpty() ? null : row.get("parent")))).toList();
    }

    List<SpecialDay> holidays() {
        return readAll("holidays/", HOLIDAYS_HEADER, (year, row) -> {
            SpecialDay day = new SpecialDay(LocalDate.parse(row.required("date")),
                    SpecialDay.Kind.fromCsv(row.required("kind")), row.required("name"));
            if (!String.valueOf(day.date().getYear()).equals(year)) {
                throw row.invalid(day.date() + " in the file of year " + year);
            }
            return day;
        });
    }

    /** Reads every {@code *.csv} in {@code folder}, passing each row with its file's base name to {@code mapper}. */
    private <T> List<T> readAll(String folder, List<String> header, BiFunction<String, CsvReader.Row, T> mapper) {
        List<T> values = new ArrayList<>();
        for (Resource file : resources(folder + "*.csv")) {
            String name = file.getFilename().substring(0, file.getFilename().length() - ".csv".length());
            for (CsvReader.Row row : CsvReader.read(file, header)) {
                values.add(convert(row, () -> mapper.apply(name, row)));
            }
        }
        return values;
    }

    private Resource one(String file) {
        Resource[] found = resources(file);
        if (found.length != 1) {
            throw new IllegalStateException("expected one " + base + file + " but found " + found.length);
        }
        return found[0];
    }

    private Resource[] resources(String pattern) {
        try {
            Resource[] found = resolver.getResources(base + pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base + pattern, e);
        }
    }

    /** Reports a bad value with its file and line, so the application stops with a message that points at the data. */
    private static <T> T convert(CsvReader.Row row, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw row.invalid(e.getMessage());
        }
    }
}
