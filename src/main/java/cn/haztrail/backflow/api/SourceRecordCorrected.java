package cn.haztrail.backflow.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The source system sent a record again with other content (issue 17): recorded on the stream of the batch or
 * manifest it was imported into, field by field, instead of importing it twice. Steps the record newly reaches are
 * imported as ordinary steps beside this event; what it says of steps already recorded stays as first recorded and
 * is shown here for the regulator to follow up.
 */
@Revision("1")
public record SourceRecordCorrected(UUID aggregateId, String sourceSystem, String sourceRecordId,
                                    List<CorrectedField> changes, Instant correctedAt) {

    /** One field as first imported and as the source now says; null when absent. */
    public record CorrectedField(String field, String before, String after) {
    }
}
