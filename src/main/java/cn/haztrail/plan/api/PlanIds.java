package cn.haztrail.plan.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One plan per producer and year: its id is derived from both, so a second filing finds the first (R30). */
public final class PlanIds {

    private PlanIds() {
    }

    public static UUID of(UUID producerId, int year) {
        return UUID.nameUUIDFromBytes(("haztrail-plan:" + producerId + ":" + year).getBytes(StandardCharsets.UTF_8));
    }
}
