package cn.haztrail.registry.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/** Room held for a receipt given back, because the receipt was refused ({@code reason}); the tonnes are free again. */
@Revision("1")
public record AdmissionReleased(UUID receiverId, UUID licenceId, UUID manifestId, BigDecimal tonnes, String reason) {
}
