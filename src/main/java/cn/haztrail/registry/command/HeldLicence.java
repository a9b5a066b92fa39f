package cn.haztrail.registry.command;

import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What the Enterprise aggregate remembers of a licence to decide on later commands: its current terms (an amendment
 * replaces them whole) and its status.
 */
record HeldLicence(UUID id, String number, LicenceMode mode, LicenceScope scope, List<String> methods,
                   BigDecimal annualCapacityTonnes, LocalDate validFrom, LocalDate validTo, LicenceStatus status) {

    static HeldLicence of(LicenceGranted event) {
        return new HeldLicence(event.licenceId(), event.number(), event.mode(), event.scope(), event.methods(),
                event.annualCapacityTonnes(), event.validFrom(), event.validTo(), LicenceStatus.ACTIVE);
    }

    HeldLicence withStatus(LicenceStatus newStatus) {
        return new HeldLicence(id, number, mode, scope, methods, annualCapacityTonnes, validFrom, validTo, newStatus);
    }

    HeldLicence withTerms(LicenceAmended event) {
        return new HeldLicence(id, number, mode, event.scope(), event.methods(), event.annualCapacityTonnes(),
                validFrom, event.validTo(), status);
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
