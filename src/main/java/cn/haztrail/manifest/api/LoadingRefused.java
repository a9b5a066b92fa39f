package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** The carrier found that the labels do not match the manifest and refused loading (R13). */
@Revision("1")
public record LoadingRefused(UUID manifestId, UUID carrierId, List<String> missingLabelIds, List<String> unexpectedLabelIds) {
}
