package cn.haztrail.console.records;

import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanLine;
import cn.haztrail.plan.api.PlannedReceiver;
import cn.haztrail.plan.api.StorageFacility;
import cn.haztrail.plan.query.PlanView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The management plan form (危险废物管理计划, R30): a fixed number of rows per list, blank rows left out. The plan's
 * own checks name a row by its place among the rows sent; {@link #aliases} turns that back into the form's row.
 */
public class PlanForm {

    static final int LINES = 6;
    static final int STORAGES = 3;
    static final int RECEIVERS = 4;

    private String year;
    private long version = -1;
    private List<Line> lines = rows(LINES, Line::new);
    private List<Storage> storageFacilities = rows(STORAGES, Storage::new);
    private List<Receiver> receivers = rows(RECEIVERS, Receiver::new);
    private String reductionMeasures;

    static PlanForm of(PlanView plan) {
        PlanForm form = new PlanForm();
        form.year = String.valueOf(plan.year());
        form.version = plan.streamVersion();
        PlanContents contents = plan.contents();
        // a plan filed through the API may have more rows than the blank form: every row is kept for amending
        form.lines = rows(Math.max(LINES, contents.lines().size() + 1), Line::new);
        form.storageFacilities = rows(Math.max(STORAGES, contents.storageFacilities().size() + 1), Storage::new);
        form.receivers = rows(Math.max(RECEIVERS, contents.receivers().size() + 1), Receiver::new);
        for (int i = 0; i < contents.lines().size(); i++) {
            PlanLine line = contents.lines().get(i);
            form.lines.get(i).wasteCode = line.wasteCode();
            form.lines.get(i).expectedTonnes = line.expectedTonnes().toPlainString();
        }
        for (int i = 0; i < contents.storageFacilities().size(); i++) {
            StorageFacility storage = contents.storageFacilities().get(i);
            form.storageFacilities.get(i).name = storage.name();
            form.storageFacilities.get(i).location = storage.location();
            form.storageFacilities.get(i).capacityTonnes = storage.capacityTonnes() == null ? null
                    : storage.capacityTonnes().toPlainString();
        }
        for (int i = 0; i < contents.receivers().size(); i++) {
            PlannedReceiver receiver = contents.receivers().get(i);
            form.receivers.get(i).receiverId = receiver.receiverId();
            form.receivers.get(i).methodCode = receiver.methodCode();
        }
        form.reductionMeasures = contents.reductionMeasures();
        return form;
    }

    /** Numbers that are not numbers, keyed by the form's field; the plan's checks see only what parses. */
    Map<String, String> unreadable() {
        Map<String, String> found = new HashMap<>();
        if (year == null || !year.strip().matches("\\d{4}")) {
            found.put("year", "console.records.error.year");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!LedgerForm.blank(lines.get(i).expectedTonnes) && tonnes(lines.get(i).expectedTonnes) == null) {
                found.put("lines[" + i + "].expectedTonnes", "console.records.error.tonnes");
            }
        }
        for (int i = 0; i < storageFacilities.size(); i++) {
            String capacity = storageFacilities.get(i).capacityTonnes;
            if (!LedgerForm.blank(capacity) && tonnes(capacity) == null) {
                found.put("storageFacilities[" + i + "].capacityTonnes", "console.records.error.tonnes");
            }
        }
        return found;
    }

    int year() {
        return Integer.parseInt(year.strip());
    }

    PlanContents contents() {
        return new PlanContents(
                filled(lines).stream().map(l -> new PlanLine(strip(l.wasteCode), tonnes(l.expectedTonnes))).toList(),
                filled(storageFacilities).stream().map(s -> new StorageFacility(strip(s.name), strip(s.location),
                        tonnes(s.capacityTonnes))).toList(),
                filled(receivers).stream().map(r -> new PlannedReceiver(r.receiverId, strip(r.methodCode))).toList(),
                strip(reductionMeasures));
    }

    /** The plan's name of a row's field (its place among the rows sent) to the form's (its place on the page). */
    Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        alias(aliases, "lines", lines, "wasteCode", "expectedTonnes");
        alias(aliases, "storageFacilities", storageFacilities, "name", "location", "capacityTonnes");
        alias(aliases, "receivers", receivers, "receiverId", "methodCode");
        aliases.put("lines", "lines[0].wasteCode");
        aliases.put("storageFacilities", "storageFacilities[0].name");
        return aliases;
    }

    private static <R extends Row> void alias(Map<String, String> aliases, String list, List<R> rows,
                                              String... fields) {
        List<Integer> sent = IntStream.range(0, rows.size()).filter(i -> !rows.get(i).blank()).boxed().toList();
        for (int i = 0; i < sent.size(); i++) {
            for (String field : fields) {
                aliases.put(list + "[" + i + "]." + field, list + "[" + sent.get(i) + "]." + field);
            }
        }
    }

    private static <R extends Row> List<R> filled(List<R> rows) {
        return rows.stream().filter(row -> !row.blank()).toList();
    }

    private static BigDecimal tonnes(String text) {
        try {
            return LedgerForm.blank(text) ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String strip(String text) {
        return LedgerForm.blank(text) ? null : text.strip();
    }

    private static <R> List<R> rows(int count, java.util.function.Supplier<R> row) {
        List<R> rows = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> rows.add(row.get()));
        return rows;
    }

    interface Row {
        boolean blank();
    }

    public static class Line implements Row {
        private String wasteCode;
        private String expectedTonnes;

        @Override
        public boolean blank() {
            return LedgerForm.blank(wasteCode) && LedgerForm.blank(expectedTonnes);
        }

        public String getWasteCode() { return wasteCode; }
        public void setWasteCode(String wasteCode) { this.wasteCode = wasteCode; }
        public String getExpectedTonnes() { return expectedTonnes; }
        public void setExpectedTonnes(String expectedTonnes) { this.expectedTonnes = expectedTonnes; }
    }

    public static class Storage implements Row {
        private String name;
        private String location;
        private String capacityTonnes;

        @Override
        public boolean blank() {
            return LedgerForm.blank(name) && LedgerForm.blank(location) && LedgerForm.blank(capacityTonnes);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getLocation() { return location; }
        public void setLocation(String location) { this.location = location; }
        public String getCapacityTonnes() { return capacityTonnes; }
        public void setCapacityTonnes(String capacityTonnes) { this.capacityTonnes = capacityTonnes; }
    }

    public static class Receiver implements Row {
        private UUID receiverId;
        private String methodCode;

        @Override
        public boolean blank() {
            return receiverId == null && LedgerForm.blank(methodCode);
        }

        public UUID getReceiverId() { return receiverId; }
        public void setReceiverId(UUID receiverId) { this.receiverId = receiverId; }
        public String getMethodCode() { return methodCode; }
        public void setMethodCode(String methodCode) { this.methodCode = methodCode; }
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
    public List<Storage> getStorageFacilities() { return storageFacilities; }
    public void setStorageFacilities(List<Storage> storageFacilities) { this.storageFacilities = storageFacilities; }
    public List<Receiver> getReceivers() { return receivers; }
    public void setReceivers(List<Receiver> receivers) { this.receivers = receivers; }
    public String getReductionMeasures() { return reductionMeasures; }
    public void setReductionMeasures(String reductionMeasures) { this.reductionMeasures = reductionMeasures; }
}
