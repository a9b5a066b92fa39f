package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.MethodKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reads only the batches that can touch a period: generated (or received) by its last day and not finally treated
 * before its first day. Anything treated earlier is history that no figure of the period counts.
 */
interface BatchFactRepository extends JpaRepository<BatchFact, UUID> {

    @Query("""
            select new cn.haztrail.oversight.indicators.FactRow(f.wasteCategory, f.generatedOn, f.generatedTonnes,
                   f.receivedOn, f.acceptedTonnes, f.disposedOn, f.disposedTonnes, f.methodKind)
            from BatchFact f
            where f.producerRegion like concat(:regionPrefix, '%') and f.generatedOn <= :to
              and (f.methodKind is null or f.methodKind = :stock or f.disposedOn >= :from)""")
    List<FactRow> originRows(String regionPrefix, LocalDate from, LocalDate to, MethodKind stock);

    @Query("""
            select new cn.haztrail.oversight.indicators.FactRow(f.wasteCategory, f.generatedOn, f.generatedTonnes,
                   f.receivedOn, f.acceptedTonnes, f.disposedOn, f.disposedTonnes, f.methodKind)
            from BatchFact f
            where f.receiverRegion like concat(:regionPrefix, '%') and f.receivedOn <= :to
              and (f.methodKind is null or f.methodKind = :stock or f.disposedOn >= :from)""")
    List<FactRow> facilityRows(String regionPrefix, LocalDate from, LocalDate to, MethodKind stock);

    /** Accepted quantities received in the period whose producer or receiver lies in the region. */
    @Query("""
            select new cn.haztrail.oversight.indicators.FlowRow(f.producerId, f.producerRegion, f.receiverId,
                   f.receiverRegion, f.wasteCategory, sum(f.acceptedTonnes), count(f))
            from BatchFact f
            where f.receivedOn between :from and :to and f.acceptedTonnes is not null
              and (f.producerRegion like concat(:regionPrefix, '%') or f.receiverRegion like concat(:regionPrefix, '%'))
            group by f.producerId, f.producerRegion, f.receiverId, f.receiverRegion, f.wasteCategory""")
    List<FlowRow> flows(String regionPrefix, LocalDate from, LocalDate to);

    /** Declared tonnes generated per producer in the period, for producers registered in the region. */
    @Query("""
            select new cn.haztrail.oversight.indicators.ProducerTonnes(f.producerId, sum(f.generatedTonnes),
                   sum(case when f.generatedTonnes is null then 1L else 0L end))
            from BatchFact f
            where f.producerRegion like concat(:regionPrefix, '%') and f.generatedOn between :from and :to
            group by f.producerId""")
    List<ProducerTonnes> generatedPerProducer(String regionPrefix, LocalDate from, LocalDate to);
}
