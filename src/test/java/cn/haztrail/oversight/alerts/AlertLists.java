package cn.haztrail.oversight.alerts;

import cn.haztrail.support.Api;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads the alert list as a regulator; the projection streams, so a wait for an alert is bounded. */
record AlertLists(Api api) {

    static final String ALERTS = "/api/v1/oversight/alerts";
    private static final long WAIT_MILLIS = 120_000;

    /** Waits, bounded, until the alert is in the caller's list with the query. */
    JsonNode await(String user, String query, String id) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        Optional<JsonNode> found = find(user, query, id);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            found = find(user, query, id);
        }
        return found.orElseThrow(() -> new AssertionError("no alert " + id + " for " + user + query));
    }

    Optional<JsonNode> find(String user, String query, String id) throws Exception {
        String separator = query.isEmpty() ? "?" : "&";
        JsonNode page = api.read(api.get(user, ALERTS + query + separator + "size=200").andExpect(status().isOk()));
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
