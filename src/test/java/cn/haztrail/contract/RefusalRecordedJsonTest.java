package cn.haztrail.contract;

import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal recorded before reasons carried their message code still reads, and shows its reason as recorded. */
@IntegrationTest
class RefusalRecordedJsonTest {

    /** The stored JSON of revision 1 before reasonCode and reasonArguments (approved/events/RefusalRecorded.json). */
    private static final String BEFORE_CODES = """
            {
              "manifestId" : "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
              "step" : "receipt",
              "rule" : "R04",
              "reason" : "annual capacity exceeded"
            }
            """;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void R22_a_refusal_recorded_before_message_codes_keeps_its_english_reason() {
        RefusalRecorded event = eventSerializer.deserialize(new SimpleSerializedObject<>(BEFORE_CODES, String.class,
                RefusalRecorded.class.getName(), "1"));

        assertThat(event.reason()).isEqualTo("annual capacity exceeded");
        assertThat(event.reasonCode()).isNull();
        assertThat(event.reasonArguments()).isNull();
        assertThat(Translatable.recorded(event.reasonCode(), event.reasonArguments(), event.reason()).english())
                .isEqualTo("annual capacity exceeded");
    }
}
