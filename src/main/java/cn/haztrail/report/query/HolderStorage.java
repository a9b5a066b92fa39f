package cn.haztrail.report.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a licence holder had in storage at the end of a day, per waste category (R33, R45), batch by batch: each
 * batch it accepted, by the tonnes it accepted, until it utilized or disposed of it or another receiver accepted it;
 * less what its repackings took from the batch (the part a partial receipt did not accept first, R39); plus each
 * batch it made by a split or consolidation, less what later repackings took from it, until it treats it or another
 * receiver accepts it. A repacking thus moves tonnes from its sources to the new batches, and only its loss leaves.
 */
@Component
class HolderStorage {

    private static final String UNTREATED = "STORAGE_COLLECTION";

    private final JdbcTemplate jdbc;

    HolderStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BigDecimal> on(UUID holderId, LocalDate day) {
        Date end = Date.valueOf(day);
        Map<UUID, BigDecimal> taken = new HashMap<>();
        jdbc.query("""
                select source_id, sum(taken_tonnes) from report_repack_share
                where holder_id = ? and repacked_on <= ? group by source_id""",
                rs -> {
                    taken.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                }, holderId, end);
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        jdbc.query("""
                select r.batch_id, b.waste_category, b.declared_tonnes, sum(r.accepted_tonnes)
                from report_receipt_line r join report_batch b on b.batch_id = r.batch_id
                where r.receiver_id = ? and r.received_on <= ?
                  and not exists (select 1 from report_disposal d where d.batch_id = r.batch_id
                                  and d.receiver_id = r.receiver_id and d.disposed_on <= ? and d.method_kind <> ?)
                  and not exists (select 1 from report_receipt_line o where o.batch_id = r.batch_id
                                  and o.receiver_id <> r.receiver_id and o.received_at > r.received_at
                                  and o.received_on <= ?)
                group by r.batch_id, b.waste_category, b.declared_tonnes""", rs -> {
            BigDecimal accepted = rs.getBigDecimal(4);
            BigDecimal declared = rs.getBigDecimal(3);
            BigDecimal notAccepted = declared == null ? BigDecimal.ZERO
                    : declared.subtract(accepted).max(BigDecimal.ZERO);
            BigDecimal fromAccepted = taken.getOrDefault(rs.getObject(1, UUID.class), BigDecimal.ZERO)
                    .subtract(notAccepted).max(BigDecimal.ZERO);
            byCategory.merge(rs.getString(2), accepted.subtract(fromAccepted).max(BigDecimal.ZERO), BigDecimal::add);
        }, holderId, end, end, UNTREATED, end);
        jdbc.query("""
                select p.batch_id, b.waste_category, p.tonnes
                from report_repack p join report_batch b on b.batch_id = p.batch_id
                where p.holder_id = ? and p.repacked_on <= ?
                  and not exists (select 1 from report_disposal d where d.batch_id = p.batch_id
                                  and d.receiver_id = p.holder_id and d.disposed_on <= ? and d.method_kind <> ?)
                  and not exists (select 1 from report_receipt_line o where o.batch_id = p.batch_id
                                  and o.receiver_id <> p.holder_id and o.received_on <= ?)""", rs -> {
            BigDecimal left = rs.getBigDecimal(3)
                    .subtract(taken.getOrDefault(rs.getObject(1, UUID.class), BigDecimal.ZERO)).max(BigDecimal.ZERO);
            byCategory.merge(rs.getString(2), left, BigDecimal::add);
        }, holderId, end, end, UNTREATED, end);
        byCategory.values().removeIf(tonnes -> tonnes.signum() == 0);
        return byCategory;
    }
}
