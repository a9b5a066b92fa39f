package cn.haztrail.production;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One batch's whole life over HTTP, from registration to disposal, each step sent to the next node in turn. It
 * stops at the first step that is not acknowledged (2xx) and remembers how far it got, so that a test can say which
 * events the store must hold: those of every acknowledged step, and of an unanswered step all or none.
 */
final class CustodyTrip {

    /**
     * The steps, with the events each appends to the batch, the manifest and the receiver: a custody step appends to
     * the manifest only, the batch follows from its events.
     */
    enum Step {
        REGISTER(1, 0, 0), DRAFT(0, 1, 0), SUBMIT(0, 1, 0), PICKUP(0, 1, 0), ARRIVAL(0, 1, 0),
        RECEIPT(0, 1, 1), DISPOSAL(1, 0, 0);

        final int batchEvents;
        final int manifestEvents;
        final int receiverEvents;

        Step(int batchEvents, int manifestEvents, int receiverEvents) {
            this.batchEvents = batchEvents;
            this.manifestEvents = manifestEvents;
            this.receiverEvents = receiverEvents;
        }
    }

    static final String KG = "100";
    private static final String PARTIAL_KG = "90";
    private static final int MAX_CONFLICT_RETRIES = 20;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final int index;
    private final Parties parties;
    private final boolean partial;
    private final List<Step> acknowledged = new ArrayList<>();
    private Step stoppedAt;
    private Http.Answer stopAnswer;
    private UUID batchId;
    private UUID manifestId;
    private String labelId;
    private String number;
    private int retriedConflicts;
    private int retriedInternalErrors;

    /** Every fourth trip is received 10 % short: a discrepancy, and its alert until the batch is disposed of. */
    CustodyTrip(int index, Parties parties) {
        this.index = index;
        this.parties = parties;
        this.partial = index % 4 == 0;
    }

    /**
     * Runs the steps until one is not acknowledged or {@code stop} says so (checked before each step), counting
     * acknowledged commands in {@code acknowledgedCommands}.
     */
    CustodyTrip run(List<URI> nodes, BooleanSupplier stop, AtomicInteger acknowledgedCommands) {
        for (Step step : Step.values()) {
            if (stop.getAsBoolean()) {
                return this;
            }
            URI node = nodes.get((index + step.ordinal()) % nodes.size());
            // one body and one Idempotency-Key a step, as a careful client sends: a repeat is then done at most once
            Object body = body(step, Instant.now().toString());
            String key = UUID.randomUUID().toString();
            Http.Answer answer = send(node, step, body, key);
            for (int retry = 0; (answer.mayRetry() || answer.internalError()) && retry < MAX_CONFLICT_RETRIES;
                 retry++) {
                if (answer.internalError()) {
                    retriedInternalErrors++;
                } else {
                    retriedConflicts++;
                }
                // a busy node asks for a second (Retry-After); a collision clears as soon as the other write commits
                pause(answer.busy() || answer.internalError() ? 1000L : 20L * (retry + 1));
                answer = send(node, step, body, key);
            }
            if (!answer.ok()) {
                stoppedAt = step;
                stopAnswer = answer;
                return this;
            }
            remember(step, answer);
            acknowledged.add(step);
            acknowledgedCommands.incrementAndGet();
        }
        return this;
    }

    private Http.Answer send(URI node, Step step, Object body, String key) {
        String token = switch (step) {
            case REGISTER, DRAFT, SUBMIT -> parties.producerToken();
            case PICKUP, ARRIVAL -> parties.carrierToken();
            case RECEIPT, DISPOSAL -> parties.receiverToken();
        };
        return Http.post(node, token, path(step), body, key);
    }

    private String path(Step step) {
        return switch (step) {
            case REGISTER -> "/api/v1/batches";
            case DRAFT -> "/api/v1/manifests";
            case SUBMIT -> manifestPath("submit");
            case PICKUP -> manifestPath("pickup");
            case ARRIVAL -> manifestPath("arrival");
            case RECEIPT -> manifestPath("receipt");
            case DISPOSAL -> "/api/v1/batches/" + batchId + "/disposal";
        };
    }

    private Object body(Step step, String now) {
        return switch (step) {
            case REGISTER -> Map.of(
                    "wasteCode", "900-249-08", "quantity", Map.of("value", KG, "unit", "kg"),
                    "physicalForm", "LIQUID", "packaging", Map.of("type", "DRUM", "count", 1),
                    "hazardCharacteristics", List.of("T", "I"), "mainComponents", "废矿物油",
                    "generatedAt", Instant.now().minusSeconds(3600).toString(), "storageLocation", "暂存间");
            case DRAFT -> Map.of(
                    "receiverId", parties.receiver(), "carrierIds", List.of(parties.carrier()),
                    "vehiclePlate", parties.plate(), "plannedDate", LocalDate.now(CHINA).toString(),
                    "batchIds", List.of(batchId), "plannedMethod", "D10",
                    "emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火");
            case SUBMIT -> Map.of();
            case PICKUP -> Map.of(
                    "vehiclePlate", parties.plate(), "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                    "scannedLabelIds", List.of(labelId), "pickedUpAt", now);
            case ARRIVAL -> Map.of("arrivedAt", now);
            case RECEIPT -> Map.of("receivedAt", now, "lines", List.of(receiptLine()));
            case DISPOSAL -> Map.of("methodCode", "D10", "quantity", Map.of("value", acceptedKg(), "unit", "kg"),
                    "disposedOn", LocalDate.now(CHINA).toString());
        };
    }

    private Map<String, Object> receiptLine() {
        Map<String, Object> line = new HashMap<>();
        line.put("batchId", batchId);
        line.put("decision", partial ? "PARTIAL" : "ACCEPT");
        line.put("acceptedQuantity", Map.of("value", acceptedKg(), "unit", "kg"));
        line.put("containersReceived", 1);
        line.put("methodCode", "D10");
        return line;
    }

    private void remember(Step step, Http.Answer answer) {
        switch (step) {
            case REGISTER -> {
                batchId = UUID.fromString(answer.field("id"));
                labelId = answer.field("labelId");
            }
            case DRAFT -> manifestId = UUID.fromString(answer.field("id"));
            case SUBMIT -> number = answer.field("number");
            default -> {
            }
        }
    }

    private String manifestPath(String step) {
        return "/api/v1/manifests/" + manifestId + "/" + step;
    }

    String acceptedKg() {
        return partial ? PARTIAL_KG : KG;
    }

    boolean partial() {
        return partial;
    }

    boolean completed() {
        return acknowledged.size() == Step.values().length;
    }

    List<Step> acknowledged() {
        return acknowledged;
    }

    /** The first step that was not acknowledged, or null. */
    Step stoppedAt() {
        return stoppedAt;
    }

    /** Its answer: status 0 when the node never answered (it was killed). */
    Http.Answer stopAnswer() {
        return stopAnswer;
    }

    UUID batchId() {
        return batchId;
    }

    UUID manifestId() {
        return manifestId;
    }

    String number() {
        return number;
    }

    /** Unexpected failures (500) repeated under the step's Idempotency-Key. */
    int retriedInternalErrors() {
        return retriedInternalErrors;
    }

    /** Concurrent-change and busy answers retried (nothing was stored by either). */
    int retriedConflicts() {
        return retriedConflicts;
    }

    /** Events that acknowledged steps appended to the batch. */
    int batchEvents() {
        return acknowledged.stream().mapToInt(step -> step.batchEvents).sum();
    }

    /** Events that acknowledged steps appended to the manifest: a partial receipt records its discrepancy too. */
    int manifestEvents() {
        return acknowledged.stream().mapToInt(this::manifestEvents).sum();
    }

    int manifestEvents(Step step) {
        return step.manifestEvents + (step == Step.RECEIPT && partial ? 1 : 0);
    }

    @Override
    public String toString() {
        return "trip %d (batch %s, manifest %s) %s".formatted(index, batchId, manifestId,
                completed() ? "completed" : "stopped at " + stoppedAt + ": " + stopAnswer);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
