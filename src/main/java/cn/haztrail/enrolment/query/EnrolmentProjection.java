package cn.haztrail.enrolment.query;

import cn.haztrail.enrolment.api.ApplicationApproved;
import cn.haztrail.enrolment.api.ApplicationRefused;
import cn.haztrail.enrolment.api.EnrolmentState;
import cn.haztrail.enrolment.api.ApplicationSubmitted;
import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applications as applicants and regulators read them. Subscribing: updated in the command's own transaction, so the
 * answer to an application or a decision already shows it.
 */
@Component
@ProcessingGroup(EnrolmentProjection.GROUP)
class EnrolmentProjection {

    static final String GROUP = "enrolment-view";

    private final JdbcTemplate jdbc;

    EnrolmentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("""
                        insert into enrolment_application_view (id, credit_code, name, region_code, roles, state,
                                                                submitted_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", event.applicationId(), event.creditCode(), event.name(),
                event.regionCode(), event.roles().stream().map(Enum::name).collect(Collectors.joining(",")),
                EnrolmentState.PENDING.name(), java.sql.Timestamp.from(at), version);
    }

    @EventHandler
    void on(ApplicationApproved event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACCOUNT_ID) String decidedBy) {
        decided(event.applicationId(), EnrolmentState.APPROVED, at, decidedBy, null, event.enterpriseId(), version);
    }

    @EventHandler
    void on(ApplicationRefused event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACCOUNT_ID) String decidedBy) {
        decided(event.applicationId(), EnrolmentState.REFUSED, at, decidedBy, event.reason(), null, version);
    }

    private void decided(UUID id, EnrolmentState state, Instant at, String by, String reason, UUID enterpriseId,
                         long version) {
        jdbc.update("""
                        update enrolment_application_view
                        set state = ?, decided_at = ?, decided_by = ?, reason = ?, enterprise_id = ?, version = ?
                        where id = ?""", state.name(), java.sql.Timestamp.from(at), by, reason, enterpriseId,
                version, id);
    }
}
