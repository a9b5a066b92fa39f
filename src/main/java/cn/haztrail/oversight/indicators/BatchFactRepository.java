package cn.haztrail.oversight.indicators;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The batch facts. Indicators and key units read the rollups kept with them ({@link RollupReader}); the flows, which
 * name producer and receiver pairs, read the facts of the batches received in the period.
 */
interface BatchFactRepository extends JpaRepository<BatchFact, UUID> {

    /**
     * Accepted quantities received in the period whose producer or receiver lies in the region; a batch whose
     * registration the projection has not met yet counts nowhere, as in the rollups. A batch made by a split or
     * consolidation names its holder as where it came from (R45), so the flows show both hops: producer to
     * collector (the sources' manifests) and collector to final receiver (the new batches' manifests).
     */
    @Query("""
            select new cn.haztrail.oversight.indicators.FlowRow(f.producerId, f.producerRegion, f.receiverId,
                   f.receiverRegion, f.wasteCategory, sum(f.acceptedTonnes), count(f))
            from BatchFact f
            where f.receivedOn between :from and :to and f.acceptedTonnes is not null
              and (f.generatedOn is not null or f.repackedOn is not null)
              and (f.producerRegion like concat(:regionPrefix, '%') or f.receiverRegion like concat(:regionPrefix, '%'))
            group by f.producerId, f.producerRegion, f.receiverId, f.receiverRegion, f.wasteCategory""")
    List<FlowRow> flows(String regionPrefix, LocalDate from, LocalDate to);
}
