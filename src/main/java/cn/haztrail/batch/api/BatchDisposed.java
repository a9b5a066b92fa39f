package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;
import cn.haztrail.shared.domain.Quantity;

import java.time.LocalDate;
import java.util.UUID;

/** The batch was utilized or disposed of and is closed (R19). */
@Revision("1")
public record BatchDisposed(UUID batchId, UUID receiverId, String methodCode, Quantity quantity, LocalDate disposedOn) {
}
