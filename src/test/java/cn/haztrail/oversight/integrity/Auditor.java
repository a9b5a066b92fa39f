package cn.haztrail.oversight.integrity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * An auditor's own recomputation, written from the README section "Verifying the history (auditors)" alone, sharing
 * no code with HazTrail: if the README and the application ever disagree, the tests using it fail.
 */
final class Auditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Auditor() {
    }

    /** The hash a row of domain_event_entry must carry, given the stored hash of the row before it. */
    static String eventHash(Map<String, Object> row, String previousHash) {
        JsonNode meta = JSON.readTree((byte[]) row.get("meta_data"));
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes("haztrail-event-hash/1\n".getBytes(StandardCharsets.US_ASCII));
        field(form, previousHash);
        field(form, (String) row.get("aggregate_identifier"));
        field(form, String.valueOf(row.get("sequence_number")));
        field(form, (String) row.get("type"));
        field(form, (String) row.get("event_identifier"));
        field(form, (String) row.get("time_stamp"));
        field(form, (String) row.get("payload_type"));
        field(form, (String) row.get("payload_revision"));
        field(form, (byte[]) row.get("payload"));
        for (String key : List.of("accountId", "enterpriseId", "role", "businessTime")) {
            field(form, meta.has(key) && !meta.get(key).isNull() ? meta.get(key).asString() : null);
        }
        return HexFormat.of().formatHex(sha256(form.toByteArray()));
    }

    static String storedHash(Map<String, Object> row) {
        return JSON.readTree((byte[]) row.get("meta_data")).get("hash").asString();
    }

    /** The Merkle root over a seal's heads, in the order the seal lists them. */
    static String merkleRoot(JsonNode heads) {
        List<byte[]> level = new ArrayList<>();
        for (JsonNode head : heads) {
            ByteArrayOutputStream leaf = new ByteArrayOutputStream();
            leaf.write(0x00);
            leaf.writeBytes("haztrail-seal-leaf/1\n".getBytes(StandardCharsets.US_ASCII));
            field(leaf, head.get("streamId").asString());
            field(leaf, head.get("sequence").asString());
            field(leaf, head.get("hash").isNull() ? null : head.get("hash").asString());
            level.add(sha256(leaf.toByteArray()));
        }
        if (level.isEmpty()) {
            return HexFormat.of().formatHex(sha256(new byte[0]));
        }
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 == level.size()) {
                    up.add(level.get(i));
                } else {
                    ByteArrayOutputStream node = new ByteArrayOutputStream();
                    node.write(0x01);
                    node.writeBytes(level.get(i));
                    node.writeBytes(level.get(i + 1));
                    up.add(sha256(node.toByteArray()));
                }
            }
            level = up;
        }
        return HexFormat.of().formatHex(level.get(0));
    }

    private static void field(ByteArrayOutputStream form, String value) {
        field(form, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream form, byte[] value) {
        if (value == null) {
            form.writeBytes("-\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        form.writeBytes((value.length + ":").getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(value);
        form.write('\n');
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
