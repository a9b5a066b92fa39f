package cn.haztrail.production;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over real HTTP with a bearer token. A request that got no answer (connection refused or cut) is status 0. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Generous: a loaded machine answers late, and a write that timed out here could not be retried safely. */
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private Http() {
    }

    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean unanswered() {
            return status == 0;
        }

        /** A write that collided with a concurrent one on another node; nothing was stored and a retry may pass. */
        boolean concurrentChange() {
            return status == 409 && body != null && body.path("type").asString("").endsWith("concurrent-change");
        }

        /** Out of database capacity for a moment (503 with Retry-After): nothing was stored and a retry may pass. */
        boolean busy() {
            return status == 503;
        }

        /** An unexpected failure: whether anything was stored is unknown, so only a keyed request may repeat it. */
        boolean internalError() {
            return status == 500;
        }

        boolean mayRetry() {
            return concurrentChange() || busy();
        }

        String field(String name) {
            return body.path(name).asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    static Answer post(URI base, String token, String path, Object body) {
        return post(base, token, path, body, null);
    }

    /** With an Idempotency-Key (when not null): the same key and body are done once, however often sent. */
    static Answer post(URI base, String token, String path, Object body, String idempotencyKey) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    static Answer get(URI base, String token, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            return new Answer(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        }
    }
}
