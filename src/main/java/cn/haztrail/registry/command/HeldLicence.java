package cn.haztrail.registry.command;

import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What the Enterprise aggregate remembers of a licence to decide on later commands: its current lines and total
 * capacity (an amendment replaces them whole) and its status.
 */
record HeldLicence(UUID id, String number, LicenceMode mode, List<LicenceLine> lines,
                   BigDecimal annualCapacityTonnes, LocalDate validFrom, LocalDate validTo, LicenceStatus status) {

    static HeldLicence of(LicenceGranted event) {
        return new HeldLicence(event.licenceId(), event.number(), event.mode(), event.lines(),
                event.annualCapacityTonnes(), event.validFrom(), event.validTo(), LicenceStatus.ACTIVE);
    }

    HeldLicence withStatus(LicenceStatus newStatus) {
        return new HeldLicence(id, number, mode, lines, annualCapacityTonnes, validFrom, validTo, newStatus);
    }

    HeldLicence withTerms(LicenceAmended event) {
        return new HeldLicence(id, number, mode, event.lines(), event.annualCapacityTonnes(), validFrom,
                event.validTo(), status);
    }

    /** Whether some line covers the waste code. */
    boolean covers(String wasteCode) {
        return lines.stream().anyMatch(line -> line.covers(wasteCode));
    }

    /** Whether one line covers the waste code and approves the method (R03 per line); null asks about the code. */
    boolean allows(String wasteCode, String methodCode) {
        return lines.stream().anyMatch(line -> line.allows(wasteCode, methodCode));
    }

    /** The lines that admit the waste by the method, exact-code lines before category lines. */
    List<LicenceLine> linesAllowing(String wasteCode, String methodCode) {
        return lines.stream().filter(line -> line.allows(wasteCode, methodCode))
                .sorted(Comparator.comparing(LicenceLine::namesCategory)).toList();
    }

    /** The methods the lines covering the waste code approve, for a refusal that says what would have been allowed. */
    List<String> methodsFor(String wasteCode) {
        return lines.stream().filter(line -> line.covers(wasteCode)).flatMap(line -> line.methods().stream())
                .distinct().sorted().toList();
    }

    /** Whether the licence's dates include {@code day} (both ends inclusive), whatever its status. */
    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /**
     * The first day of the licence year holding {@code day}: a licence year is the 12 months starting at
     * {@code validFrom} or one of its anniversaries, so capacity (R04) starts afresh on each anniversary.
     */
    LocalDate licenceYearStart(LocalDate day) {
        long years = Math.max(0, ChronoUnit.YEARS.between(validFrom, day));
        while (!validFrom.plusYears(years + 1).isAfter(day)) {
            years++;
        }
        return validFrom.plusYears(years);
    }
}
