package cn.haztrail.enrolment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Approves a pending application: the enterprise is registered under {@code enterpriseId}. The handler answers
 * with the application as submitted, which the registration needs.
 */
public record ApproveApplication(@TargetAggregateIdentifier UUID applicationId, UUID enterpriseId) {
}
