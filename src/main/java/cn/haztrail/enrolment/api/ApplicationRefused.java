package cn.haztrail.enrolment.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The application was refused; who refused it, and when, is in the metadata (R22). */
@Revision("1")
public record ApplicationRefused(UUID applicationId, String reason) {
}
