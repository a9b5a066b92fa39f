package cn.haztrail.enrolment.api;

import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A business licence the applicant says it holds, in the terms the registry grants it with on approval. */
public record DeclaredLicence(String number, LicenceMode mode, List<LicenceLine> lines,
                              BigDecimal annualCapacityTonnes, LocalDate validFrom, LocalDate validTo) {
}
