package cn.haztrail.contract;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.oversight.integrity.api.SealedHead;

import java.util.List;

/** A fixed example of the integrity seal (R23): the heads changed since the previous seal, chained to it. */
final class IntegrityEventSamples {

    private IntegrityEventSamples() {
    }

    static List<Object> all() {
        return List.of(new IntegritySealed("5c1e9a7b3d2f4e6a8c0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c",
                "2b6f0c8e-4d1a-4e3b-9c5d-7f8e9a0b1c2d",
                "0e8d6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d",
                "9a3e5c7b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c", 2, 1042,
                List.of(new SealedHead("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a", 7,
                                "db0253d2ce11621c47a621b73474d0f23ff79934f963929aae6b4ce31c07e2b4"),
                        new SealedHead("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", 1,
                                "4a1f3c9e0b7d5a2c8e6f4b1d9a7c5e3f2b0d8c6a4e2f1b9d7c5a3e1f0b8d6c4a"))));
    }
}
