package cn.haztrail.shared.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A replay writes a ReplayToken; the token store must read it back, or the replayed processor stops for good. */
class ReplayTokenSerializationTest {

    private static final TrackingToken REPLAY = ReplayToken.createReplayToken(
            GapAwareTrackingToken.newInstance(42, List.of(40L)), GapAwareTrackingToken.newInstance(-1, List.of()));

    @Test
    void a_replay_token_survives_the_configured_serializer() {
        Serializer serializer = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(new TokenSerializationConfiguration().axonTypeIdsOnly()).build();

        SerializedObject<byte[]> stored = serializer.serialize(REPLAY, byte[].class);

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(REPLAY);
    }

    @Test
    void without_the_customizer_jackson_3_refuses_it() {
        Serializer serializer = Jackson3Serializer.builder().build();

        SerializedObject<byte[]> stored = serializer.serialize(REPLAY, byte[].class);

        assertThatThrownBy(() -> serializer.deserialize(stored)).hasStackTraceContaining("PolymorphicTypeValidator");
    }
}
