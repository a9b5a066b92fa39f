package cn.haztrail.registry.command;

import cn.haztrail.registry.api.LicenceMode;

import java.time.LocalDate;

/** What the Enterprise aggregate needs to remember of a licence to decide on later commands. */
record HeldLicence(LicenceMode mode, LocalDate validFrom, LicenceStatus status) {

    HeldLicence withStatus(LicenceStatus newStatus) {
        return new HeldLicence(mode, validFrom, newStatus);
    }
}
