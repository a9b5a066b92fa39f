package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.oversight.integrity.api.SealedHead;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seal of revision 1 (every stream's head, no link), as the previous version stored it (its approved JSON, kept
 * under src/test/resources/upcasting), reads as the first seal of a chain and still verifies.
 */
class IntegritySealedUpcasterTest {

    private final SealReader reader = new SealReader(null, null, Jackson3Serializer.builder().build(),
            new IntegritySealedUpcaster());

    private static StoredEvent revision1Row(String json) {
        return new StoredEvent(1043, "2b6f0c8e-4d1a-4e3b-9c5d-7f8e9a0b1c2d", 0, null,
                "2b6f0c8e-4d1a-4e3b-9c5d-7f8e9a0b1c2d", "2026-11-23T08:15:30.123Z", IntegritySealed.class.getName(),
                "1", json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void R23_a_revision_1_seal_reads_as_a_seal_with_no_previous_whose_root_is_its_merkle_root() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/upcasting/IntegritySealed-revision-1.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        SealEvent seal = reader.read(revision1Row(json)).orElseThrow();

        IntegritySealed sealed = seal.sealed();
        assertThat(seal.legacy()).isTrue();
        assertThat(sealed.root()).isEqualTo(sealed.merkleRoot())
                .isEqualTo("9a3e5c7b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c");
        assertThat(sealed.previousSealId()).isNull();
        assertThat(sealed.previousRoot()).isNull();
        assertThat(sealed.headCount()).isEqualTo(2);
        assertThat(sealed.sealedUpTo()).isEqualTo(1042);
        assertThat(sealed.heads()).extracting(SealedHead::streamId)
                .containsExactly("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    }

    @Test
    void R23_a_revision_1_seal_taken_by_the_previous_version_still_verifies() {
        List<SealedHead> heads = List.of(new SealedHead("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a", 7, "ab".repeat(32)),
                new SealedHead("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", 1, null));
        String json = "{\"merkleRoot\":\"" + MerkleTree.root(heads) + "\",\"streamCount\":2,\"sealedUpTo\":1042,"
                + "\"heads\":[{\"streamId\":\"4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a\",\"sequence\":7,\"hash\":\""
                + "ab".repeat(32) + "\"},{\"streamId\":\"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d\",\"sequence\":1,"
                + "\"hash\":null}]}";

        SealEvent seal = reader.read(revision1Row(json)).orElseThrow();

        assertThat(seal.verifyRoots()).isEmpty();
        assertThat(seal.sealed().heads()).isEqualTo(heads);
    }
}
