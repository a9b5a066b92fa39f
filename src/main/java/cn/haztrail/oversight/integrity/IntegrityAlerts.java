package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Integrity alerts for regulators (R23), newest first. A snapshot the event store refused to use is found by the
 * storage layer, not decided by an aggregate, so there is no event to project: its evidence ({@code
 * discarded_snapshot}, kept by DiscardedSnapshots in the storage layer) is the alert, read as it is. Like the
 * integrity reports, an alert names a stream and what was found, never its content: every regulator sees every one
 * (IntegrityAccessRules), as every regulator may verify every stream.
 */
@Component
public class IntegrityAlerts {

    private static final String RULE = "R23";
    private static final String STREAM_TYPE = "integrity.stream-type.";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    IntegrityAlerts(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** A page of the alerts, each detail in the caller's language (Accept-Language). */
    public PageResponse<IntegrityAlertView> list(int page, int size) {
        return list(page, size, text -> messages.getMessage(text, LocaleContextHolder.getLocale()));
    }

    /** The same, with each detail worded by the reader's page instead of the API's way. */
    public PageResponse<IntegrityAlertView> list(int page, int size, Function<Translatable, String> wording) {
        long total = jdbc.queryForObject("select count(*) from discarded_snapshot", Long.class);
        List<IntegrityAlertView> items = jdbc.query("select event_identifier, aggregate_identifier, "
                        + "sequence_number, type, discarded_at from discarded_snapshot "
                        + "order by discarded_at desc, event_identifier limit ? offset ?",
                (row, number) -> snapshotMismatch(row, wording), size, (long) page * size);
        return new PageResponse<>(items, page, size, total);
    }

    private IntegrityAlertView snapshotMismatch(ResultSet row, Function<Translatable, String> wording)
            throws SQLException {
        String stream = row.getString("aggregate_identifier");
        String type = row.getString("type");
        long sequence = row.getLong("sequence_number");
        Translatable detail = Translatable.of("integrity-alert.snapshot-mismatch", streamType(type), stream,
                sequence);
        return new IntegrityAlertView(row.getString("event_identifier"), FailureReason.SNAPSHOT_MISMATCH, stream,
                type, sequence, row.getObject("discarded_at", OffsetDateTime.class).toInstant(), RULE,
                wording.apply(detail));
    }

    /** The aggregate type in words where the texts have them (the snapshotted ones), else as stored. */
    private Object streamType(String type) {
        String code = STREAM_TYPE + type;
        return messages.getMessage(code, null, null, Locale.ROOT) == null ? type : Translatable.of(code);
    }
}
