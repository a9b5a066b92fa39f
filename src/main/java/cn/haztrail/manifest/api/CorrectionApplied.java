package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** Every other party approved; the correction took effect (R20). */
@Revision("1")
public record CorrectionApplied(UUID manifestId, UUID correctionId, List<FieldChange> changes) {
}
