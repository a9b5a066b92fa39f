package cn.haztrail.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the event store up to a number of events by copying the batch and manifest streams that real lifecycles
 * stored, with fresh aggregate ids, event ids and global positions. Within one copy every id of a copied stream is
 * replaced by the same fresh id wherever it appears in a payload, so a copied manifest names its copied batches.
 * Copies carry the originals' metadata unchanged (an integrity hash over it would not verify; a rebuild does not
 * check it). The parties' own views of the copied streams are copied alongside ({@link ViewCloner}), so the
 * projections' lookups find them as they find the originals.
 */
final class EventCloner {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int TEMPLATE_ROWS = 20_000;
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Set<String> streams = new HashSet<>();
    private ViewCloner views;

    EventCloner(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    long head() {
        Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    /** @return the number of events added to reach {@code target} */
    long fillTo(long target) {
        long next = head() + 1;
        long first = next;
        // The copies' positions are issued before any copy is written: a processor reading meanwhile never meets a
        // row beyond what the sequence has issued (which it would take for a position written by hand, R23).
        jdbc.execute("alter sequence domain_event_entry_seq restart with " + Math.max(next, target + 1));
        List<Template> templates = templates();
        if (templates.isEmpty()) {
            throw new IllegalStateException("no batch or manifest events to copy: run lifecycles first");
        }
        views = new ViewCloner(jdbc, streams);
        List<Object[]> rows = new ArrayList<>(BATCH);
        while (next <= target) {
            Map<String, String> fresh = new HashMap<>();
            for (Template template : templates) {
                if (next > target) {
                    break;
                }
                rows.add(template.copy(next++, fresh));
                if (rows.size() == BATCH) {
                    insert(rows);
                    rows.clear();
                }
            }
            views.copy(fresh);
        }
        insert(rows);
        return next - first;
    }

    private List<Template> templates() {
        List<Object[]> raw = jdbc.query("select aggregate_identifier, sequence_number, meta_data, payload, "
                + "payload_revision, payload_type, time_stamp, type from domain_event_entry "
                + "where type in ('WasteBatch', 'TransferManifest') order by global_index limit " + TEMPLATE_ROWS,
                (rs, i) -> new Object[]{rs.getString(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)});
        streams.clear();
        raw.forEach(row -> streams.add((String) row[0]));
        return raw.stream().map(row -> new Template(row, streams)).toList();
    }

    private void insert(List<Object[]> rows) {
        transaction.executeWithoutResult(status -> {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into domain_event_entry (global_index, sequence_number, meta_data, payload, "
                    + "aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp, type) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            }
            views.flush();
        });
    }

    /** One stored event, its payload cut at the stream ids it mentions so that a copy only fills in fresh ids. */
    private static final class Template {

        private final String aggregate;
        private final Object[] row;
        private final List<String> texts = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();

        Template(Object[] row, Set<String> streams) {
            this.row = row;
            this.aggregate = (String) row[0];
            String payload = new String((byte[]) row[3], StandardCharsets.UTF_8);
            Matcher matcher = ID.matcher(payload);
            int from = 0;
            while (matcher.find()) {
                if (streams.contains(matcher.group())) {
                    texts.add(payload.substring(from, matcher.start()));
                    ids.add(matcher.group());
                    from = matcher.end();
                }
            }
            texts.add(payload.substring(from));
        }

        Object[] copy(long globalIndex, Map<String, String> fresh) {
            StringBuilder payload = new StringBuilder(texts.get(0));
            for (int i = 0; i < ids.size(); i++) {
                payload.append(fresh.computeIfAbsent(ids.get(i), id -> UUID.randomUUID().toString()))
                        .append(texts.get(i + 1));
            }
            return new Object[]{globalIndex, row[1], row[2], payload.toString().getBytes(StandardCharsets.UTF_8),
                    fresh.computeIfAbsent(aggregate, id -> UUID.randomUUID().toString()),
                    UUID.randomUUID().toString(), row[4], row[5], row[6], row[7]};
        }
    }
}
