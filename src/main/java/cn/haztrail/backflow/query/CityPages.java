package cn.haztrail.backflow.query;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The manifests a city export writes, a page at a time by keyset (drafted, id), so an export holds one page, never
 * the city's whole history; and which page's manifest is the first of the export to carry a batch, where the batch
 * record is written (a batch rejected on one manifest and carried on by another is written once, before both).
 */
final class CityPages {

    static final int SIZE = 200;

    /** The manifests of the city an export writes: every one leaving it, the cancelled ones included. */
    private static final String EXPORTED = "m.origin_region like ?";

    private final JdbcTemplate jdbc;
    private final String cityPrefix;

    record Entry(UUID id, OffsetDateTime draftedAt) {
    }

    CityPages(JdbcTemplate jdbc, String city) {
        this.jdbc = jdbc;
        this.cityPrefix = city.substring(0, 4) + "%";
    }

    /** The page after {@code last} (null: the first page), in export order. */
    List<Entry> after(Entry last) {
        if (last == null) {
            return jdbc.query("select m.id, m.drafted_at from manifest_view m where " + EXPORTED
                    + " order by m.drafted_at, m.id limit " + SIZE, (rs, n) -> entry(rs), cityPrefix);
        }
        OffsetDateTime at = last.draftedAt();
        return jdbc.query("select m.id, m.drafted_at from manifest_view m where " + EXPORTED
                        + " and (m.drafted_at > ? or (m.drafted_at = ? and m.id > ?))"
                        + " order by m.drafted_at, m.id limit " + SIZE, (rs, n) -> entry(rs), cityPrefix, at, at,
                last.id());
    }

    /** For each batch, the first exported manifest that carries it, in the database's own export order. */
    Map<UUID, UUID> firstManifests(Collection<UUID> batchIds) {
        Map<UUID, UUID> first = new HashMap<>();
        if (batchIds.isEmpty()) {
            return first;
        }
        String marks = String.join(",", java.util.Collections.nCopies(batchIds.size(), "?"));
        Object[] args = new Object[batchIds.size() + 1];
        args[0] = cityPrefix;
        int i = 1;
        for (UUID id : batchIds) {
            args[i++] = id;
        }
        jdbc.query("select l.batch_id, m.id from manifest_line_view l join manifest_view m on m.id = l.manifest_id"
                + " where " + EXPORTED + " and l.batch_id in (" + marks + ") order by m.drafted_at, m.id", rs -> {
                    first.putIfAbsent(rs.getObject("batch_id", UUID.class), rs.getObject("id", UUID.class));
                }, args);
        return first;
    }

    /** The batches on each of the manifests, in line order (for the disposals' pass, without reading the streams). */
    Map<UUID, List<UUID>> lines(List<Entry> page) {
        Map<UUID, List<UUID>> lines = new LinkedHashMap<>();
        page.forEach(entry -> lines.put(entry.id(), new java.util.ArrayList<>()));
        if (page.isEmpty()) {
            return lines;
        }
        String marks = String.join(",", java.util.Collections.nCopies(page.size(), "?"));
        jdbc.query("select manifest_id, batch_id from manifest_line_view where manifest_id in (" + marks
                + ") order by line_no", rs -> {
                    lines.get(rs.getObject("manifest_id", UUID.class)).add(rs.getObject("batch_id", UUID.class));
                }, page.stream().map(Entry::id).toArray());
        return lines;
    }

    /** The batches that {@code manifests} are the first to carry, in the manifests' order. */
    static Map<UUID, UUID> firstCarriedBy(Map<UUID, List<UUID>> manifests, Map<UUID, UUID> firstManifests) {
        Map<UUID, UUID> batches = new LinkedHashMap<>();
        manifests.forEach((manifestId, batchIds) -> batchIds.stream()
                .filter(batchId -> manifestId.equals(firstManifests.get(batchId)))
                .forEach(batchId -> batches.putIfAbsent(batchId, manifestId)));
        return batches;
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("drafted_at", OffsetDateTime.class));
    }
}
