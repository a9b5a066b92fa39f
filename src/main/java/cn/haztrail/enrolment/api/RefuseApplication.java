package cn.haztrail.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Refuses a pending application, with the reason the applicant reads. */
public record RefuseApplication(@TargetAggregateIdentifier UUID applicationId, String reason) {
}
