package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A step was refused for a reason an auditor must see (e.g. the receiver's licence scope or capacity). */
@Revision("1")
public record RefusalRecorded(UUID manifestId, String step, String rule, String reason) {
}
