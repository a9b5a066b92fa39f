package cn.haztrail.shared.axon.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of the README ("Verifying the history"), byte for byte: change one and change both. */
class ChainedEventTest {

    private static final String PAYLOAD = "{\"enterpriseId\":\"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f\","
            + "\"plate\":\"赣H12345\",\"operatingPermitNo\":\"赣交运管景字360200012345号\"}";

    private static final ChainedEvent EXAMPLE = new ChainedEvent(
            "4a1f3c9e0b7d5a2c8e6f4b1d9a7c5e3f2b0d8c6a4e2f1b9d7c5a3e1f0b8d6c4a",
            "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", 1, "Enterprise", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
            "2026-11-23T08:15:30.123Z", "cn.haztrail.registry.api.VehicleRegistered", "1",
            PAYLOAD.getBytes(StandardCharsets.UTF_8), "5b0e4c1a-7d2f-4e3b-9a8c-6d5e4f3a2b1c", null, "ADMIN",
            "2026-11-23T08:15:30.101Z");

    @Test
    void R23_the_canonical_form_is_the_one_the_readme_documents() {
        assertThat(new String(EXAMPLE.canonicalForm(), StandardCharsets.UTF_8)).isEqualTo("""
                haztrail-event-hash/1
                64:4a1f3c9e0b7d5a2c8e6f4b1d9a7c5e3f2b0d8c6a4e2f1b9d7c5a3e1f0b8d6c4a
                36:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f
                1:1
                10:Enterprise
                36:9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a
                24:2026-11-23T08:15:30.123Z
                42:cn.haztrail.registry.api.VehicleRegistered
                1:1
                131:%s
                36:5b0e4c1a-7d2f-4e3b-9a8c-6d5e4f3a2b1c
                -
                5:ADMIN
                24:2026-11-23T08:15:30.101Z
                """.formatted(PAYLOAD));
        assertThat(EXAMPLE.hash()).isEqualTo("db0253d2ce11621c47a621b73474d0f23ff79934f963929aae6b4ce31c07e2b4");
    }

    @Test
    void R23_an_absent_field_is_not_an_empty_one_and_lengths_count_bytes() {
        byte[] absent = CanonicalForm.version("v").field((String) null).bytes();
        byte[] empty = CanonicalForm.version("v").field("").bytes();

        assertThat(new String(absent, StandardCharsets.UTF_8)).isEqualTo("v\n-\n");
        assertThat(new String(empty, StandardCharsets.UTF_8)).isEqualTo("v\n0:\n");
        assertThat(new String(CanonicalForm.version("v").field("赣").bytes(), StandardCharsets.UTF_8))
                .isEqualTo("v\n3:赣\n");
    }
}
