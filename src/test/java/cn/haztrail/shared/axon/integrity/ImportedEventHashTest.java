package cn.haztrail.shared.axon.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An imported event's source is covered by its hash (form 2); a native event keeps form 1 (issue 17). */
class ImportedEventHashTest {

    private static ChainedEvent event(Map<String, String> metaData) {
        return ChainedEvent.of(null, "a1", 0, "TransferManifest", "e1", "2026-03-05T06:00:00Z",
                "cn.haztrail.manifest.api.ManifestArrived", "1", "{}".getBytes(StandardCharsets.UTF_8), metaData);
    }

    private static Map<String, String> imported() {
        Map<String, String> metaData = new HashMap<>(Map.of("accountId", "regulator", "role", "REGULATOR",
                "businessTime", "2026-03-05T03:00:00Z"));
        metaData.putAll(Map.of("sourceSystem", "JX-SWMS", "sourceRecordId", "M1", "importJobId", "job-1"));
        return metaData;
    }

    @Test
    void an_imported_event_is_hashed_in_form_2_with_its_source() {
        String form = new String(event(imported()).canonicalForm(), StandardCharsets.UTF_8);

        assertThat(form).startsWith("haztrail-event-hash/2\n").endsWith("7:JX-SWMS\n2:M1\n5:job-1\n");
    }

    @Test
    void changing_or_removing_the_source_changes_the_hash() {
        String hash = event(imported()).hash();
        Map<String, String> otherRecord = imported();
        otherRecord.put("sourceRecordId", "M2");
        Map<String, String> withoutSource = imported();
        withoutSource.keySet().removeAll(java.util.Set.of("sourceSystem", "sourceRecordId", "importJobId"));

        assertThat(event(otherRecord).hash()).isNotEqualTo(hash);
        assertThat(event(withoutSource).hash()).isNotEqualTo(hash);
        assertThat(new String(event(withoutSource).canonicalForm(), StandardCharsets.UTF_8))
                .startsWith("haztrail-event-hash/1\n");
    }
}
