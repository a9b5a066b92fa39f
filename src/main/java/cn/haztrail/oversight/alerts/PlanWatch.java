package cn.haztrail.oversight.alerts;

import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanLine;
import cn.haztrail.plan.api.PlannedReceiver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The facts the plan alerts compare (R31, R32): every filed plan version, the recorded one per producer and year,
 * each batch generated, each transfer shipped and the methods it was received by. Rows are written once (inserts
 * ignore rows already there), so redelivered and replayed events change nothing; sums are computed when read.
 */
@Component
class PlanWatch {

    /**
     * A transfer manifest as the plan alerts keep it; {@code year} is null until it is submitted. Read with its
     * consignor's year ({@code yearKnown}, and the version recorded for it, null when none is), so judging it takes
     * no second query once the year is known.
     */
    record Shipment(UUID manifestId, UUID consignorId, UUID receiverId, String plannedMethod, Integer year,
                    String number, boolean yearKnown, Integer recordedVersion) {
    }

    private final JdbcTemplate jdbc;

    PlanWatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The producer's recorded version for the year (null: none recorded yet). A year seen the first time is made
     * known (listed for the regulator); once known, which is nearly every time, the read is the only statement. The
     * plan alerts' one segment judges one event after the other, so no lock is needed.
     */
    Integer recordedVersion(UUID producerId, int year) {
        List<Integer> known = jdbc.query(
                "select recorded_version from plan_watch_year where producer_id = ? and plan_year = ?",
                (rs, row) -> nullableInt(rs, 1), producerId, year);
        if (!known.isEmpty()) {
            return known.get(0);
        }
        jdbc.update("insert into plan_watch_year (producer_id, plan_year) values (?, ?) on conflict do nothing",
                producerId, year);
        return null;
    }

    void version(UUID producerId, int year, int version, PlanContents contents) {
        for (PlanLine line : contents.lines()) {
            jdbc.update("""
                    insert into plan_watch_line (producer_id, plan_year, version, waste_code, expected_tonnes)
                    values (?, ?, ?, ?, ?) on conflict do nothing""", producerId, year, version, line.wasteCode(),
                    line.expectedTonnes());
        }
        for (PlannedReceiver receiver : contents.receivers()) {
            jdbc.update("""
                    insert into plan_watch_receiver (producer_id, plan_year, version, receiver_id, method_code)
                    values (?, ?, ?, ?, ?) on conflict do nothing""", producerId, year, version,
                    receiver.receiverId(), receiver.methodCode());
        }
    }

    /** The later of the versions recorded counts: a replayed older recording does not bring its version back. */
    void recorded(UUID producerId, int year, int version) {
        jdbc.update("""
                update plan_watch_year set recorded_version = ? where producer_id = ? and plan_year = ?
                and (recorded_version is null or recorded_version < ?)""", version, producerId, year, version);
    }

    /** The planned tonnes of the code in that version; empty when the version does not name the code. */
    Optional<BigDecimal> planned(UUID producerId, int year, int version, String wasteCode) {
        return jdbc.query("""
                select expected_tonnes from plan_watch_line
                where producer_id = ? and plan_year = ? and version = ? and waste_code = ?""",
                (rs, row) -> rs.getBigDecimal(1), producerId, year, version, wasteCode).stream().findFirst();
    }

    /** Receivers of that version with the methods planned there. */
    Map<UUID, Set<String>> receivers(UUID producerId, int year, int version) {
        Map<UUID, Set<String>> receivers = new HashMap<>();
        jdbc.query("""
                select receiver_id, method_code from plan_watch_receiver
                where producer_id = ? and plan_year = ? and version = ? order by method_code""", rs -> {
            receivers.computeIfAbsent(rs.getObject(1, UUID.class), id -> new LinkedHashSet<>()).add(rs.getString(2));
        }, producerId, year, version);
        return receivers;
    }

    void generated(UUID batchId, UUID producerId, int year, String wasteCode, BigDecimal tonnes) {
        jdbc.update("""
                insert into plan_actual_batch (batch_id, producer_id, plan_year, waste_code, tonnes)
                values (?, ?, ?, ?, ?) on conflict do nothing""", batchId, producerId, year, wasteCode, tonnes);
    }

    BigDecimal actual(UUID producerId, int year, String wasteCode) {
        BigDecimal sum = jdbc.queryForObject("""
                select sum(tonnes) from plan_actual_batch where producer_id = ? and plan_year = ? and waste_code = ?""",
                BigDecimal.class, producerId, year, wasteCode);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    List<String> generatedCodes(UUID producerId, int year) {
        return jdbc.queryForList("""
                select distinct waste_code from plan_actual_batch where producer_id = ? and plan_year = ?
                order by waste_code""", String.class, producerId, year);
    }

    void drafted(UUID manifestId, UUID consignorId, UUID receiverId, String plannedMethod) {
        jdbc.update("""
                insert into plan_shipment (manifest_id, consignor_id, receiver_id, planned_method)
                values (?, ?, ?, ?) on conflict do nothing""", manifestId, consignorId, receiverId, plannedMethod);
    }

    void submitted(UUID manifestId, int year, String number) {
        jdbc.update("update plan_shipment set plan_year = ?, manifest_number = ? where manifest_id = ?", year, number,
                manifestId);
    }

    void receivedBy(UUID manifestId, String methodCode) {
        jdbc.update("insert into plan_shipment_method (manifest_id, method_code) values (?, ?) on conflict do nothing",
                manifestId, methodCode);
    }

    Optional<Shipment> shipment(UUID manifestId) {
        return jdbc.query("""
                select s.manifest_id, s.consignor_id, s.receiver_id, s.planned_method, s.plan_year, s.manifest_number,
                       y.plan_year, y.recorded_version
                from plan_shipment s
                left join plan_watch_year y on y.producer_id = s.consignor_id and y.plan_year = s.plan_year
                where s.manifest_id = ?""", (rs, row) -> {
            Integer planYear = nullableInt(rs, 5);
            boolean yearKnown = nullableInt(rs, 7) != null;
            return new Shipment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                    rs.getString(4), planYear, rs.getString(6), yearKnown, nullableInt(rs, 8));
        }, manifestId).stream().findFirst();
    }

    List<UUID> shipments(UUID consignorId, int year) {
        return jdbc.queryForList("select manifest_id from plan_shipment where consignor_id = ? and plan_year = ?",
                UUID.class, consignorId, year);
    }

    /** The planned method and every method the receiver stated, in that order. */
    Set<String> methods(Shipment shipment) {
        Set<String> methods = new LinkedHashSet<>();
        if (shipment.plannedMethod() != null) {
            methods.add(shipment.plannedMethod());
        }
        methods.addAll(jdbc.queryForList("""
                select method_code from plan_shipment_method where manifest_id = ? order by method_code""",
                String.class, shipment.manifestId()));
        return methods;
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    void clear() {
        for (String table : List.of("plan_watch_year", "plan_watch_line", "plan_watch_receiver", "plan_actual_batch",
                "plan_shipment", "plan_shipment_method")) {
            jdbc.update("delete from " + table);
        }
    }
}
