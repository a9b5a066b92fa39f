package cn.haztrail.registry.command;

import java.time.LocalDate;

/** The validity of a carrier's transport permit, all that R02 asks of it. */
record HeldPermit(LocalDate validFrom, LocalDate validTo) {

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
