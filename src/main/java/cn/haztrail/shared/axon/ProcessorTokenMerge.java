package cn.haztrail.shared.axon;

import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one streaming processor out of several on an existing database, so that nothing is lost and nothing is
 * applied twice: every segment of the merged processor starts from the lowest position of all the old segments (an
 * event one of them had not handled yet is handled; one they all had is not), and the handlers that had already
 * handled an event see it again, which they ignore (every streaming handler is idempotent: upserts by id, "insert
 * unless present", sequence numbers). A replay under way goes on as one: the merged token replays up to the furthest
 * point any old processor had been reset at, so the webhook outbox (@DisallowReplay) still sends nothing twice.
 * The merged processor keeps the segment layout of the first old processor that has tokens; its dead letters are the
 * old processors', renumbered per sequence in the order they were parked.
 */
final class ProcessorTokenMerge {

    private final Serializer tokens;

    /** With the serializer and type-id rules Axon's token store uses (jackson3, {@link TokenSerializationConfiguration}). */
    ProcessorTokenMerge() {
        this(Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(new TokenSerializationConfiguration().axonTypeIdsOnly()).build());
    }

    ProcessorTokenMerge(Serializer tokens) {
        this.tokens = tokens;
    }

    /** @return whether anything was merged (false on a new database or when only {@code into} has tokens) */
    boolean merge(Connection connection, List<String> from, String into) throws SQLException {
        Map<String, Map<Integer, TrackingToken>> old = read(connection, from);
        boolean onlyTarget = old.keySet().stream().allMatch(into::equals);
        if (old.isEmpty() || onlyTarget) {
            return false;
        }
        // A processor with no token row never started: it would have begun at the first event.
        boolean everyOneStarted = old.size() == from.size();
        TrackingToken start = everyOneStarted ? lowest(old.values().stream()
                .flatMap(segments -> segments.values().stream()).toList()) : null;
        List<Integer> segments = new ArrayList<>(old.values().iterator().next().keySet());
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from token_entry where processor_name = ?")) {
            for (String name : from) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            delete.setString(1, into);
            delete.executeUpdate();
        }
        SerializedObject<byte[]> serialized = start == null ? null : tokens.serialize(start, byte[].class);
        try (PreparedStatement insert = connection.prepareStatement("insert into token_entry "
                + "(processor_name, segment, token, token_type, owner, timestamp) values (?, ?, ?, ?, null, ?)")) {
            for (int segment : segments) {
                insert.setString(1, into);
                insert.setInt(2, segment);
                insert.setBytes(3, serialized == null ? null : serialized.getData());
                insert.setString(4, serialized == null ? null : serialized.getType().getName());
                insert.setString(5, Instant.now().toString());
                insert.executeUpdate();
            }
        }
        moveDeadLetters(connection, from, into);
        return true;
    }

    /** The lowest of the positions, with the furthest reset point of any replay under way; null: the first event. */
    TrackingToken lowest(List<TrackingToken> positions) {
        TrackingToken lowest = null;
        TrackingToken resetAt = null;
        boolean fromFirst = false;
        for (TrackingToken token : positions) {
            TrackingToken current = token;
            if (token instanceof ReplayToken replay) {
                resetAt = resetAt == null ? replay.getTokenAtReset()
                        : resetAt.upperBound(plain(replay.getTokenAtReset()));
                current = replay.getCurrentToken();
            }
            current = plain(current);
            if (current == null) {
                fromFirst = true;
            } else {
                lowest = lowest == null ? current : lowest.lowerBound(current);
            }
        }
        TrackingToken start = fromFirst ? null : lowest;
        return resetAt == null ? start : ReplayToken.createReplayToken(plain(resetAt), start);
    }

    private static TrackingToken plain(TrackingToken token) {
        return token instanceof MergedTrackingToken merged ? merged.lowerBound() : token;
    }

    private Map<String, Map<Integer, TrackingToken>> read(Connection connection, List<String> names)
            throws SQLException {
        Map<String, Map<Integer, TrackingToken>> found = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select segment, token, token_type "
                + "from token_entry where processor_name = ? order by segment")) {
            for (String name : names) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byte[] data = rows.getBytes("token");
                        TrackingToken token = data == null ? null : tokens.deserialize(
                                new SimpleSerializedObject<>(data, byte[].class, rows.getString("token_type"), null));
                        found.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(rows.getInt("segment"), token);
                    }
                }
            }
        }
        return found;
    }

    private static void moveDeadLetters(Connection connection, List<String> from, String into) throws SQLException {
        String groups = String.join(",", Collections.nCopies(from.size(), "?"));
        List<String[]> letters = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select dead_letter_id, sequence_identifier "
                + "from dead_letter_entry where processing_group in (" + groups + ") "
                + "order by sequence_identifier, enqueued_at, sequence_index")) {
            for (int i = 0; i < from.size(); i++) {
                select.setString(i + 1, from.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    letters.add(new String[]{rows.getString(1), rows.getString(2)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update dead_letter_entry "
                + "set processing_group = ?, sequence_index = ? where dead_letter_id = ?")) {
            String sequence = null;
            long index = 0;
            for (String[] letter : letters) {
                index = letter[1].equals(sequence) ? index + 1 : 0;
                sequence = letter[1];
                update.setString(1, into);
                update.setLong(2, index);
                update.setString(3, letter[0]);
                update.executeUpdate();
            }
        }
    }
}
