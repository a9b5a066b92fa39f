package cn.haztrail.contract;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.oversight.integrity.api.SealedHead;

import java.util.List;

/** A fixed example of the integrity seal (R23). */
final class IntegrityEventSamples {

    private IntegrityEventSamples() {
    }

    static List<Object> all() {
        return List.of(new IntegritySealed("9a3e5c7b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c", 2, 1042,
                List.of(new SealedHead("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a", 7,
                                "db0253d2ce11621c47a621b73474d0f23ff79934f963929aae6b4ce31c07e2b4"),
                        new SealedHead("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", 1,
                                "4a1f3c9e0b7d5a2c8e6f4b1d9a7c5e3f2b0d8c6a4e2f1b9d7c5a3e1f0b8d6c4a"))));
    }
}
