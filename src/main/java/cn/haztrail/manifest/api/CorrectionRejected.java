package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A party rejected a proposed correction; it will not apply (R20). */
@Revision("1")
public record CorrectionRejected(UUID manifestId, UUID correctionId, UUID rejectedBy, String reason) {
}
