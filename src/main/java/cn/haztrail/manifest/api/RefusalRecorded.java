package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * A step was refused for a reason an auditor must see (e.g. the receiver's licence scope or capacity). The reason is
 * kept in English and, to give it in a reader's language, as its message code with the arguments (both null in
 * events recorded before codes existed).
 */
@Revision("1")
public record RefusalRecorded(UUID manifestId, String step, String rule, String reason, String reasonCode,
                              List<String> reasonArguments) {

    public RefusalRecorded(UUID manifestId, String step, String rule, String reason) {
        this(manifestId, step, rule, reason, null, null);
    }
}
