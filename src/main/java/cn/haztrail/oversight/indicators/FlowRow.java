package cn.haztrail.oversight.indicators;

import java.math.BigDecimal;
import java.util.UUID;

/** Accepted tonnes of one waste category that went from one producer to one receiver in a period. */
public record FlowRow(UUID producerId, String producerRegion, UUID receiverId, String receiverRegion,
                      String category, BigDecimal tonnes, Long batches) {
}
