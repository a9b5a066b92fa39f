package cn.haztrail.contract;

import cn.haztrail.backflow.api.SourceRecordCorrected;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the provincial backflow's events. */
final class BackflowEventSamples {

    static final UUID MANIFEST = UUID.fromString("4f0e9d1c-2b3a-3c4d-8e5f-6a7b8c9d0e1f");

    private BackflowEventSamples() {
    }

    static List<Object> all() {
        return List.of(new SourceRecordCorrected(MANIFEST, "JX-SWMS", "LD-2026-000123",
                List.of(new SourceRecordCorrected.CorrectedField("vehiclePlate", "赣H12345", "赣H67890"),
                        new SourceRecordCorrected.CorrectedField("emergencyMeasures", null, "泄漏时用吸附棉围堵")),
                Instant.parse("2026-04-01T02:00:00Z")));
    }
}
