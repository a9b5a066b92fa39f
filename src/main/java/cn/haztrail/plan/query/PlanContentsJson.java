package cn.haztrail.plan.query;

import cn.haztrail.plan.api.PlanContents;
import tools.jackson.databind.json.JsonMapper;

/** A plan version's contents kept whole in the read model, as JSON of its own (not the events' format). */
final class PlanContentsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanContentsJson() {
    }

    static String write(PlanContents contents) {
        return JSON.writeValueAsString(contents);
    }

    static PlanContents read(String stored) {
        return JSON.readValue(stored, PlanContents.class);
    }
}
