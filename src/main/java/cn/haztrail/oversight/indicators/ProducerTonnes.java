package cn.haztrail.oversight.indicators;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Declared tonnes one producer generated in a period; batches declared as volumes have no mass and are only counted.
 *
 * @param tonnes null when every batch was declared as a volume
 */
public record ProducerTonnes(UUID producerId, BigDecimal tonnes, Long batchesWithoutMass) {
}
