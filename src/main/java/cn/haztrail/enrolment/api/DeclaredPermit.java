package cn.haztrail.enrolment.api;

import java.time.LocalDate;

/** A road dangerous-goods transport permit the applicant says it holds. */
public record DeclaredPermit(String number, LocalDate validFrom, LocalDate validTo) {
}
