package cn.haztrail.enrolment.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The application was approved and the enterprise registered; who approved it, and when, is in the metadata (R22). */
@Revision("1")
public record ApplicationApproved(UUID applicationId, UUID enterpriseId) {
}
