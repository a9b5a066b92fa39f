package cn.haztrail.batch.api;

import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The batch was utilized or disposed of and is closed (R19). */
@Revision("1")
public record BatchDisposed(UUID batchId, UUID receiverId, String methodCode, Quantity quantity, LocalDate disposedOn,
                            Instant disposedAt, LateEntryReason lateEntry) implements LateEntered {
}
