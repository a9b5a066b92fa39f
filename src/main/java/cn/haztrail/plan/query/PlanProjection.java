package cn.haztrail.plan.query;

import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.plan.api.PlanAmended;
import cn.haztrail.plan.api.PlanFiled;
import cn.haztrail.plan.api.PlanFilingRecorded;
import cn.haztrail.plan.api.PlanReturned;
import cn.haztrail.plan.api.PlanStatus;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.PartyRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Plans as producers and regulators read them, and who should have one: registered producers and every enterprise
 * that registered a batch in a year (year in Asia/Shanghai of its generation). Subscribing: updated in the command's
 * own transaction, so the answer to a write and its ETag already show it. Inserts ignore rows already there.
 */
@Component
@ProcessingGroup(PlanProjection.GROUP)
class PlanProjection {

    static final String GROUP = "plan-view";
    static final String GENERATION_INSERT =
            "insert into plan_generation (producer_id, plan_year) values (?, ?) on conflict do nothing";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    PlanProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        jdbc.update("""
                insert into plan_producer (enterprise_id, name, region_code, producer) values (?, ?, ?, ?)
                on conflict do nothing""", event.enterpriseId(), event.name(), event.regionCode(),
                event.roles().contains(PartyRole.PRODUCER));
    }

    @EventHandler
    void on(BatchRegistered event) {
        jdbc.update(GENERATION_INSERT, event.producerId(), planYear(event));
    }

    /** The plan year a batch's generation counts in: the year it was generated, in China's time. */
    static int planYear(BatchRegistered event) {
        return event.generatedAt().atZone(SHANGHAI).getYear();
    }

    @EventHandler
    void on(PlanFiled event, @SequenceNumber long streamVersion) {
        String name = jdbc.query("select name from plan_producer where enterprise_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, event.producerId());
        jdbc.update("""
                insert into plan_view (plan_id, producer_id, producer_name, producer_region, plan_year, version,
                    status, contents, updated_at, stream_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""", event.planId(), event.producerId(), name, event.producerRegion(),
                event.year(), event.version(), PlanStatus.FILED.name(), PlanContentsJson.write(event.contents()),
                at(event.filedAt()), streamVersion);
        version(event.planId(), event.version(), event.filedAt());
    }

    @EventHandler
    void on(PlanAmended event, @SequenceNumber long streamVersion) {
        jdbc.update("""
                update plan_view set version = ?, status = ?, contents = ?, updated_at = ?, stream_version = ?
                where plan_id = ?""", event.version(), PlanStatus.FILED.name(),
                PlanContentsJson.write(event.contents()), at(event.amendedAt()), streamVersion, event.planId());
        version(event.planId(), event.version(), event.amendedAt());
    }

    @EventHandler
    void on(PlanFilingRecorded event, @SequenceNumber long streamVersion) {
        jdbc.update("""
                update plan_view set status = ?, recorded_version = ?, filing_number = ?, updated_at = ?,
                    stream_version = ? where plan_id = ?""", PlanStatus.RECORDED.name(), event.version(),
                event.filingNumber(), at(event.recordedAt()), streamVersion, event.planId());
        jdbc.update("""
                update plan_version_view set outcome = ?, filing_number = ?, answered_at = ?
                where plan_id = ? and version = ?""", PlanStatus.RECORDED.name(), event.filingNumber(),
                at(event.recordedAt()), event.planId(), event.version());
    }

    @EventHandler
    void on(PlanReturned event, @SequenceNumber long streamVersion) {
        jdbc.update("update plan_view set status = ?, updated_at = ?, stream_version = ? where plan_id = ?",
                PlanStatus.RETURNED.name(), at(event.returnedAt()), streamVersion, event.planId());
        jdbc.update("""
                update plan_version_view set outcome = ?, reasons = ?, answered_at = ?
                where plan_id = ? and version = ?""", PlanStatus.RETURNED.name(), event.reasons(),
                at(event.returnedAt()), event.planId(), event.version());
    }

    private void version(UUID planId, int version, Instant filedAt) {
        jdbc.update("""
                insert into plan_version_view (plan_id, version, filed_at) values (?, ?, ?)
                on conflict do nothing""", planId, version, at(filedAt));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
