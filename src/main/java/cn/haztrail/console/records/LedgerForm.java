package cn.haztrail.console.records;

import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.ledger.query.LedgerFilter;
import cn.haztrail.ledger.query.Register;
import cn.haztrail.ledger.query.SummaryGrain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The ledger page's filters as typed: checked here so that a wrong day or code is shown next to its field, in the
 * page's language, instead of a bare 400. Empty fields filter nothing.
 */
public class LedgerForm {

    private UUID enterprise;
    private String register;
    private String from;
    private String to;
    private String wasteCode;
    private String grain = SummaryGrain.MONTH.name();
    private int page;

    /** Field name to message key of what is wrong; empty when the filters hold. */
    Map<String, String> problems(WasteCatalogue wastes) {
        Map<String, String> found = new TreeMap<>();
        LocalDate first = day(from, "from", found);
        LocalDate last = day(to, "to", found);
        if (first != null && last != null && first.isAfter(last)) {
            found.put("from", "console.records.error.from-after-to");
        }
        if (!blank(wasteCode) && !listed(wastes, wasteCode.strip())) {
            found.put("wasteCode", "console.records.error.waste-code");
        }
        if (!blank(register) && !isRegister(register)) {
            found.put("register", "console.records.error.register");
        }
        return found;
    }

    LedgerFilter filter(UUID enterpriseId) {
        return new LedgerFilter(enterpriseId, blank(register) ? null : Register.valueOf(register),
                blank(from) ? null : LocalDate.parse(from.strip()), blank(to) ? null : LocalDate.parse(to.strip()),
                blank(wasteCode) ? null : wasteCode.strip(), null);
    }

    SummaryGrain summaryGrain() {
        try {
            return SummaryGrain.valueOf(grain);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return SummaryGrain.MONTH;
        }
    }

    private static LocalDate day(String text, String field, Map<String, String> found) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < 2000 || day.getYear() > 2999) {
                found.put(field, "console.records.error.day");
                return null;
            }
            return day;
        } catch (DateTimeParseException malformed) {
            found.put(field, "console.records.error.day");
            return null;
        }
    }

    private static boolean listed(WasteCatalogue wastes, String code) {
        try {
            return wastes.current(WasteCode.parse(code)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isRegister(String name) {
        for (Register value : Register.values()) {
            if (value.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public UUID getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(UUID enterprise) {
        this.enterprise = enterprise;
    }

    public String getRegister() {
        return register;
    }

    public void setRegister(String register) {
        this.register = register;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getWasteCode() {
        return wasteCode;
    }

    public void setWasteCode(String wasteCode) {
        this.wasteCode = wasteCode;
    }

    public String getGrain() {
        return grain;
    }

    public void setGrain(String grain) {
        this.grain = grain;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
