package cn.haztrail.production;

import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a regulator reads from one node: indicators, alerts and the change feed (the streaming projections), and the
 * chain of custody of one manifest. Two nodes agree when these are equal.
 */
record ReadSide(JsonNode indicators, JsonNode alerts, long feedItems, long feedLast, JsonNode custody) {

    static ReadSide of(URI node, Parties parties, Object sampleManifest) {
        String regulator = parties.regulatorToken();
        JsonNode indicators = ok(Http.get(node, regulator, "/api/v1/oversight/indicators?region=" + Parties.PROVINCE))
                .path("totals");
        JsonNode alerts = ok(Http.get(node, regulator, "/api/v1/oversight/alerts?state=ALL&size=200"));
        long items = 0;
        long after = 0;
        while (true) {
            JsonNode page = ok(Http.get(node, regulator, "/api/v1/feed?limit=1000&after=" + after));
            int size = page.path("items").size();
            if (size == 0) {
                break;
            }
            items += size;
            after = page.path("next").asLong();
        }
        JsonNode custody = sampleManifest == null ? null
                : ok(Http.get(node, regulator, "/api/v1/oversight/custody/manifests/" + sampleManifest)).path("entries");
        return new ReadSide(indicators, alerts, items, after, custody);
    }

    /** Alerts of one type and state in the answer (the list is newest first, up to 200). */
    long alerts(String type, String state) {
        long count = 0;
        for (JsonNode alert : alerts.path("items")) {
            if (type.equals(alert.path("type").asString()) && state.equals(alert.path("state").asString())) {
                count++;
            }
        }
        return count;
    }

    String figure(String name) {
        return indicators.path(name).asString();
    }

    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("generated", figure("generated"));
        summary.put("incinerated", figure("incinerated"));
        summary.put("inStorageAtEnd", figure("inStorageAtEnd"));
        summary.put("alerts", alerts.path("total").asLong());
        summary.put("feedItems", feedItems);
        return summary;
    }

    @Override
    public String toString() {
        return summary() + " feed up to " + feedLast;
    }

    private static JsonNode ok(Http.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("A read failed: " + answer);
        }
        return answer.body();
    }
}
