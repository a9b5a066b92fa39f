package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Room held for a receipt that was neither confirmed nor released by {@code expiredAt}; the tonnes are free again. */
@Revision("1")
public record AdmissionReservationExpired(UUID receiverId, UUID licenceId, UUID manifestId, BigDecimal tonnes,
                                          Instant expiredAt) {
}
