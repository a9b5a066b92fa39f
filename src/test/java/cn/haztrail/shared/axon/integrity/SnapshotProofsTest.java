package cn.haztrail.shared.axon.integrity;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot is used only as HazTrail proved it, after the event it names (R23). */
class SnapshotProofsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EVENT_HASH = "4a1f3c9e0b7d5a2c8e6f4b1d9a7c5e3f2b0d8c6a4e2f1b9d7c5a3e1f0b8d6c4a";

    private final SnapshotProofs proofs = new SnapshotProofs(key('k'));

    private static byte[] key(char fill) {
        return String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII);
    }

    private static StoredSnapshot snapshot(String payload, Map<String, String> metaData) {
        return new StoredSnapshot("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", 120, "Enterprise",
                "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "cn.haztrail.registry.command.Enterprise", "2",
                payload.getBytes(StandardCharsets.UTF_8), metaData == null ? null : JSON.writeValueAsBytes(metaData));
    }

    private StoredSnapshot proven(String payload) {
        return snapshot(payload, proofs.proofOf(snapshot(payload, null), EVENT_HASH));
    }

    @Test
    void R23_a_snapshot_as_proven_after_its_stored_event_is_used() {
        assertThat(proofs.verify(proven("{\"excludedCodes\":[\"900-044-49\"]}"), EVENT_HASH).proven()).isTrue();
    }

    @Test
    void R23_an_edited_payload_is_a_mismatch() {
        StoredSnapshot asProven = proven("{\"excludedCodes\":[\"900-044-49\"]}");
        StoredSnapshot edited = snapshot("{\"excludedCodes\":[]}", JSON.readValue(asProven.metaData(), Map.class));

        assertThat(proofs.verify(edited, EVENT_HASH).mismatch()).isTrue();
    }

    @Test
    void R23_a_snapshot_named_after_an_event_whose_hash_changed_is_a_mismatch() {
        SnapshotVerdict verdict = proofs.verify(proven("{}"), EVENT_HASH.replace('4', '5'));

        assertThat(verdict.mismatch()).isTrue();
        assertThat(verdict.detail()).contains("hash");
    }

    @Test
    void R23_a_snapshot_without_proof_is_a_mismatch() {
        assertThat(proofs.verify(snapshot("{}", Map.of()), EVENT_HASH).mismatch()).isTrue();
    }

    @Test
    void R23_metadata_beside_the_proof_is_a_mismatch() {
        Map<String, String> metaData = new HashMap<>(proofs.proofOf(snapshot("{}", null), EVENT_HASH));
        metaData.put("accountId", "system");

        assertThat(proofs.verify(snapshot("{}", metaData), EVENT_HASH).mismatch()).isTrue();
    }

    @Test
    void R23_a_snapshot_proven_under_another_key_is_not_used_and_not_a_mismatch() {
        StoredSnapshot otherKeys = snapshot("{}", new SnapshotProofs(key('o')).proofOf(snapshot("{}", null),
                EVENT_HASH));

        SnapshotVerdict verdict = proofs.verify(otherKeys, EVENT_HASH);

        assertThat(verdict.outcome()).isEqualTo(SnapshotVerdict.Outcome.OTHER_KEY);
    }
}
