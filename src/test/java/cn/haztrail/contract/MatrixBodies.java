package cn.haztrail.contract;

import cn.haztrail.support.LicenceBodies;
import cn.haztrail.manifest.CustodyFlow;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.haztrail.demo.DemoParties.CARRIER;
import static cn.haztrail.demo.DemoParties.DISPOSAL_CENTRE;

/**
 * A valid request body for every write of the matrix, so that validation (400) cannot hide an access outcome: a
 * refused caller must be refused for who it is, not for what it sent. Writes without a body here send {}.
 */
final class MatrixBodies {

    /** A year far ahead, with a made-up calendar: no real notice's dates, and no deadline of another test in it. */
    static final int CALENDAR_YEAR = 2098;

    private final Map<String, Object> bodies = new HashMap<>();

    MatrixBodies(MatrixFixture f) {
        String now = Instant.now().toString();
        bodies.put("POST /api/v1/accounts", Map.of("username", "matrix-regulator-" + System.nanoTime(),
                "kind", "REGULATOR", "jurisdiction", "360200"));
        // a token that was never issued (422): activation is open to anyone, so no caller is refused
        bodies.put("POST /api/v1/accounts/activation", Map.of("token", "never-issued-" + System.nanoTime(),
                "password", "matrix passphrase 2026"));
        // a wrong current password (422): nobody's password changes
        bodies.put("POST /api/v1/accounts/me/password", Map.of("currentPassword", "not-the-password",
                "newPassword", "matrix passphrase 2026"));
        bodies.put("POST /api/v1/enterprises/{id}/members", Map.of("username", "matrix-member-" + System.nanoTime(),
                "role", "VIEWER"));
        bodies.put("POST /api/v1/enterprises/{id}/members/{accountId}/role", Map.of("role", "VIEWER"));
        bodies.put("POST /api/v1/approvals", MatrixFixture.approvalBody());
        bodies.put("POST /api/v1/exemptions", MatrixFixture.exemptionBody());
        bodies.put("POST /api/v1/exemptions/{id}/revocation", Map.of("reason", "矩阵测试"));
        bodies.put("POST /api/v1/collection-rounds", MatrixFixture.roundBody());
        // the fixture's drafted manifest goes to the disposal centre, not the collector (422 R43): no stop is added
        bodies.put("POST /api/v1/collection-rounds/{id}/stops", Map.of("manifestId", f.drafted));
        // the version awaiting the regulator, or none (409): either way decided after authorization
        bodies.put("POST /api/v1/annual-reports/{holderId}/{year}/acknowledgement", Map.of("version", 1));
        bodies.put("POST /api/v1/annual-reports/{holderId}/{year}/return", Map.of("version", 1,
                "reasons", List.of("请核对HW08接收量")));
        bodies.put("POST /api/v1/enterprises/{id}/ledger/exports", Map.of("format", "CSV"));
        // a subscribing processor (409): no processor of the shared store is moved
        bodies.put("POST /api/v1/admin/projections/{name}/position", Map.of("position", 0));
        bodies.put("POST /api/v1/batches", Map.of("wasteCode", "900-249-08",
                "quantity", Map.of("value", "50", "unit", "kg"), "physicalForm", "LIQUID",
                "packaging", Map.of("type", "DRUM", "count", 1), "hazardCharacteristics", List.of("T", "I"),
                "mainComponents", "废机油", "generatedAt", now, "storageLocation", "暂存间"));
        bodies.put("POST /api/v1/batches/{id}/disposal", Map.of("methodCode", "D10",
                "quantity", Map.of("value", "100", "unit", "kg"),
                "disposedOn", LocalDate.now(MatrixFixture.SHANGHAI).toString()));
        // one part only, and batches no caller holds: refused under R40 and R41, after authorization, changing nothing
        bodies.put("POST /api/v1/batches/{id}/split", Map.of("parts",
                List.of(Map.of("quantity", Map.of("value", "1", "unit", "kg")))));
        bodies.put("POST /api/v1/batches/consolidations", Map.of("sources", List.of(
                Map.of("batchId", "00000000-0000-4000-8000-000000000001", "quantity", Map.of("value", "1", "unit", "kg")),
                Map.of("batchId", "00000000-0000-4000-8000-000000000002", "quantity", Map.of("value", "1", "unit", "kg"))),
                "quantity", Map.of("value", "2", "unit", "kg")));
        bodies.put("PUT /api/v1/catalogue/calendars/{year}", Map.of("notice", "矩阵测试",
                "holidays", List.of(Map.of("date", CALENDAR_YEAR + "-01-01", "name", "元旦"))));
        bodies.put("POST /api/v1/enterprises", MatrixFixture.enterpriseBody("PRODUCER"));
        // the first caller's application is accepted, the others are refused as pending already (409)
        bodies.put("POST /api/v1/enrolment-applications", MatrixFixture.enrolmentBody());
        bodies.put("POST /api/v1/enrolment-applications/{id}/refusal", Map.of("reason", "矩阵测试：材料不全"));
        bodies.put("POST /api/v1/enterprises/{id}/licences", MatrixFixture.licenceBody());
        bodies.put("POST /api/v1/enterprises/{id}/licences/{licenceId}/amend", Map.of(
                "lines", LicenceBodies.lines(List.of("HW08", "HW49"), List.of("D10")), "annualCapacityTonnes", "6000", "validTo", "2028-12-31",
                "reason", "扩建"));
        for (String change : new String[]{"reinstate", "revoke", "suspend"}) {
            bodies.put("POST /api/v1/enterprises/{id}/licences/{licenceId}/" + change, Map.of("reason", "督查"));
        }
        bodies.put("POST /api/v1/enterprises/{id}/permits", Map.of("number", "赣交运管许可矩阵" + System.nanoTime(),
                "validFrom", "2026-01-01", "validTo", "2028-12-31"));
        bodies.put("POST /api/v1/enterprises/{id}/vehicles", Map.of("plate", randomPlate(),
                "operatingPermitNo", "赣交运管景字矩阵" + System.nanoTime()));
        bodies.put("POST /api/v1/manifests", draft(f.storedBatch));
        // another enterprise's batch is not found (R21): each consignor drafts with its own
        bodies.put("POST /api/v1/manifests as " + MatrixCaller.PRODUCER_OTHER.column, draft(f.hospitalBatch));
        bodies.put("POST /api/v1/manifests as " + MatrixCaller.COLLECTOR.column, draft(f.collectorBatch));
        bodies.put("POST /api/v1/manifests/{id}/cancel", Map.of("reason", "车辆故障，改期转移"));
        bodies.put("POST /api/v1/manifests/{id}/pickup", Map.of("vehiclePlate", MatrixFixture.PLATE,
                "driver", Map.of("name", "李师傅", "phone", "13807981234"),
                "scannedLabelIds", List.of(f.labelId(f.submittedBatch)), "pickedUpAt", now));
        bodies.put("POST /api/v1/manifests/{id}/handover", Map.of("at", now));
        bodies.put("POST /api/v1/manifests/{id}/arrival", Map.of("arrivedAt", now));
        bodies.put("POST /api/v1/manifests/{id}/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(f.batchId(f.arrivedBatch), "ACCEPT", "100", 1, "D10"))));
        bodies.put("POST /api/v1/manifests/{id}/corrections", Map.of(
                "changes", Map.of("emergencyMeasures", "泄漏时用吸附棉围堵"), "reason", "补充应急措施"));
        bodies.put("POST /api/v1/manifests/{id}/corrections/{correctionId}/reject", Map.of("reason", "不同意"));
        bodies.put("POST /api/v1/webhooks", Map.of("url", MatrixFixture.HOOK_URL, "region", "360200"));
        bodies.put("POST /api/v1/plans", MatrixFixture.planBody());
        Map<String, Object> amendment = new HashMap<>(MatrixFixture.planBody());
        amendment.remove("year");
        bodies.put("POST /api/v1/plans/{id}/amendment", amendment);
        bodies.put("POST /api/v1/plans/{id}/recording", Map.of("filingNumber", "景环固计备矩阵" + System.nanoTime()));
        bodies.put("POST /api/v1/plans/{id}/return", Map.of("reasons", "矩阵测试：未写明减量化措施的依据"));
    }

    /** The body to send, or null for a call without one (GET, DELETE). */
    Object body(String operation, MatrixCaller caller) {
        if (operation.startsWith("GET ") || operation.startsWith("DELETE ")) {
            return null;
        }
        return bodies.getOrDefault(operation + " as " + caller.column, bodies.getOrDefault(operation, Map.of()));
    }

    private static Map<String, Object> draft(JsonNode batch) {
        Map<String, Object> body = new HashMap<>();
        body.put("receiverId", DISPOSAL_CENTRE);
        body.put("carrierIds", List.of(CARRIER));
        body.put("vehiclePlate", MatrixFixture.PLATE);
        body.put("plannedDate", "2026-11-25");
        body.put("batchIds", List.of(batch.get("id").asText()));
        body.put("plannedMethod", "D10");
        body.put("emergencyMeasures", "泄漏时用吸附棉围堵，禁止明火");
        return body;
    }

    /** A plate of the demo carrier's that no earlier run registered. */
    private static String randomPlate() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // plates use no I or O
        return "赣H" + letters.charAt(ThreadLocalRandom.current().nextInt(letters.length()))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }
}
