package cn.haztrail.contract;

import cn.haztrail.support.LicenceBodies;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.plan.api.PlanIds;
import cn.haztrail.support.Api;
import cn.haztrail.support.TestCreditCodes;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.haztrail.demo.DemoParties.CARRIER;
import static cn.haztrail.demo.DemoParties.CHEMICAL_PLANT;
import static cn.haztrail.demo.DemoParties.COLLECTOR;
import static cn.haztrail.demo.DemoParties.DISPOSAL_CENTRE;
import static cn.haztrail.demo.DemoParties.SHENZHEN_RECYCLER;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The resources the matrix is walked against, made over HTTP by their rightful owners: manifests of the producer
 * account, carried by "carrier" to "receiver" (景德镇), one at each stage a write needs; an approval from the producer
 * to 深圳; a registered receiver with a licence and a carrier of the test's own; the producer's webhook.
 */
final class MatrixFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PLATE = "赣H12345";
    static final String HOOK_URL = "http://127.0.0.1:9/authorization-matrix";

    private final Api api;
    private final CustodyFlow flow;

    /** Batches in storage on no manifest, for drafting: the producer's, the hospital's, the collector's. */
    JsonNode storedBatch;
    JsonNode hospitalBatch;
    JsonNode collectorBatch;
    String drafted;
    String toCancel;
    String submitted;
    JsonNode submittedBatch;
    /** On a submitted manifest that nobody picks up during the walk: what the named carrier scans at pickup. */
    JsonNode awaitingPickupBatch;
    String pickedUp;
    String arrived;
    JsonNode arrivedBatch;
    /** Received and accepted by "receiver": its batch is visible to every party of the trip. */
    String received;
    JsonNode receivedBatch;
    String toCorrect;
    String toApprove;
    String correctionToApprove;
    String toReject;
    String correctionToReject;
    /** Once the carrier rejected the first, the receiver needs a pending correction of its own to reject. */
    String toRejectByReceiver;
    String correctionToRejectByReceiver;
    String approval;
    String exemption;
    /** A round of the collector by 安运, with one stop: the plant's manifest to the collector (R42, R43). */
    String round;
    String plan;
    String enterprise;
    String licence;
    String contactRef;
    String carrierEnterprise;
    String webhook;
    /** An enterprise import of a header-only file: a job with no row, which stores nothing. */
    String importJob;
    /** A clerk of 昌南化工 (not the demo "producer", its manager), whose membership the member rows change. */
    String member;
    /** Pending applications of an enterprise in 珠山区 (360203, under 景德镇): one to approve, one to refuse. */
    String enrolmentToApprove;
    String enrolmentToRefuse;
    /** A provincial backflow job started by regulator-jdz (one enterprise record, which stores nothing). */
    String backflowJob;
    /** A finished CSV export of 昌南化工's ledger, started by its manager. */
    String ledgerExport;

    private MatrixFixture(Api api) {
        this.api = api;
        this.flow = new CustodyFlow(api);
    }

    static MatrixFixture build(Api api) throws Exception {
        MatrixFixture f = new MatrixFixture(api);
        f.storedBatch = f.batch();
        f.hospitalBatch = f.flow.registerBatch("hospital", "900-249-08", "20", "LIQUID", "DRUM", 1, List.of("T", "I"));
        f.collectorBatch = f.flow.registerBatch("collector", "900-249-08", "20", "LIQUID", "DRUM", 1,
                List.of("T", "I"));
        f.drafted = f.draft(f.batch());
        f.toCancel = f.draft(f.batch());
        f.submittedBatch = f.batch();
        f.submitted = f.submit(f.draft(f.submittedBatch));
        f.awaitingPickupBatch = f.batch();
        f.submit(f.draft(f.awaitingPickupBatch));
        f.pickedUp = f.pickUp(f.batch());
        f.arrivedBatch = f.batch();
        f.arrived = f.arrive(f.pickUp(f.arrivedBatch));
        f.receivedBatch = f.batch();
        f.received = f.arrive(f.pickUp(f.receivedBatch));
        f.api.post("receiver", "/api/v1/manifests/" + f.received + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(f.receivedBatch.get("id").asText(), "ACCEPT", "100", 1, "D10"))))
                .andExpect(status().isOk());
        f.toCorrect = f.submit(f.draft(f.batch()));
        f.toApprove = f.submit(f.draft(f.batch()));
        f.correctionToApprove = f.proposeCorrection(f.toApprove);
        f.toReject = f.submit(f.draft(f.batch()));
        f.correctionToReject = f.proposeCorrection(f.toReject);
        f.toRejectByReceiver = f.submit(f.draft(f.batch()));
        f.correctionToRejectByReceiver = f.proposeCorrection(f.toRejectByReceiver);
        f.approval = f.id(api.post("regulator-jdz", "/api/v1/approvals", approvalBody()));
        f.exemption = f.id(api.post("regulator-jdz", "/api/v1/exemptions", exemptionBody()));
        f.round = f.id(api.post("collector", "/api/v1/collection-rounds", roundBody()));
        String stop = f.flow.draft("producer", COLLECTOR, List.of(CARRIER), "赣H12345",
                List.of(f.batch().get("id").asText()), "HTC1", Map.of()).get("id").asText();
        api.post("collector", "/api/v1/collection-rounds/" + f.round + "/stops", Map.of("manifestId", stop))
                .andExpect(status().isOk());
        // the plant's plan for this year (R30): filed here, or already by an earlier test of the same context
        api.post("producer", "/api/v1/plans", planBody());
        f.plan = PlanIds.of(CHEMICAL_PLANT, LocalDate.now(SHANGHAI).getYear()).toString();
        f.registry();
        f.webhook = f.id(api.post("producer", "/api/v1/webhooks", Map.of("url", HOOK_URL)));
        String location = api.upload(Api.ADMIN, "/api/v1/admin/enterprise-imports", "empty.csv", "text/csv",
                "creditCode,name,regionCode,address,roles,contactName,contactPhone\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        f.importJob = location.substring(location.lastIndexOf('/') + 1);
        f.member = api.read(api.post(Api.ADMIN, "/api/v1/enterprises/" + CHEMICAL_PLANT + "/members",
                Map.of("username", "matrix-clerk-" + System.nanoTime(), "role", "CLERK"))
                .andExpect(status().isCreated())).get("accountId").asText();
        f.enrolmentToApprove = api.read(api.post(Api.ADMIN, "/api/v1/enrolment-applications", enrolmentBody())
                .andExpect(status().isCreated())).get("id").asText();
        f.enrolmentToRefuse = api.read(api.post(Api.ADMIN, "/api/v1/enrolment-applications", enrolmentBody())
                .andExpect(status().isCreated())).get("id").asText();
        f.ledgerExport = f.ledgerExport();
        String backflow = api.upload("regulator-jdz", "/api/v1/oversight/backflow/imports?sourceSystem=MATRIX",
                "enterprises.jsonl", "application/x-ndjson", ("{\"recordType\":\"ENTERPRISE\",\"sourceRecordId\":"
                        + "\"E1\",\"creditCode\":\"91360200MA35G8XK2H\"}\n").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        f.backflowJob = backflow.substring(backflow.lastIndexOf('/') + 1);
        return f;
    }

    /** Started by the producer's manager; waits (at most 2 minutes) until the job is no longer RUNNING. */
    private String ledgerExport() throws Exception {
        String path = "/api/v1/enterprises/" + CHEMICAL_PLANT + "/ledger/exports";
        String id = api.read(api.post("producer", path, Map.of("format", "CSV")).andExpect(status().isAccepted()))
                .get("id").asText();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (api.read(api.get("producer", path + "/" + id)).get("state").asText().equals("RUNNING")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return id;
    }

    String batchId(JsonNode batch) {
        return batch.get("id").asText();
    }

    String labelId(JsonNode batch) {
        return batch.get("labelId").asText();
    }

    /** Producer 昌南化工 to 深圳 (another province), granted by 景德镇, valid from today for six months. */
    static Map<String, Object> approvalBody() {
        LocalDate today = LocalDate.now(SHANGHAI);
        return Map.of("number", "赣环固审矩阵" + System.nanoTime(), "consignorId", CHEMICAL_PLANT,
                "receiverId", SHENZHEN_RECYCLER, "wasteCodes", List.of("900-249-08"), "methodCode", "R9",
                "quantityCapTonnes", "100", "validFrom", today.toString(), "validTo", today.plusMonths(6).toString());
    }

    /** Producer 昌南化工 to the disposal centre (景德镇) for R9, granted by 景德镇, valid from today for six months. */
    static Map<String, Object> roundBody() {
        return Map.of("collectorId", COLLECTOR.toString(), "carrierId", CARRIER.toString(),
                "vehiclePlate", "赣H12345", "plannedDay", LocalDate.now(SHANGHAI).toString());
    }

    static Map<String, Object> exemptionBody() {
        LocalDate today = LocalDate.now(SHANGHAI);
        return Map.of("producerId", CHEMICAL_PLANT, "utilizerId", DISPOSAL_CENTRE, "wasteCode", "900-249-08",
                "methodCode", "R9", "quantityCapTonnes", "100", "validFrom", today.toString(),
                "validTo", today.plusMonths(6).toString());
    }

    /** The plant's management plan for this year: 10 t of waste mineral oil to the disposal centre by D10. */
    static Map<String, Object> planBody() {
        return Map.of("year", LocalDate.now(SHANGHAI).getYear(),
                "lines", List.of(Map.of("wasteCode", "900-249-08", "expectedTonnes", 10)),
                "storageFacilities", List.of(Map.of("name", "1号危废暂存间")),
                "receivers", List.of(Map.of("receiverId", DISPOSAL_CENTRE.toString(), "methodCode", "D10")),
                "reductionMeasures", "矩阵测试：废矿物油回收再用");
    }

    static Map<String, Object> enterpriseBody(String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next("360203"));
        body.put("name", "矩阵测试企业" + System.nanoTime());
        body.put("regionCode", "360203");
        body.put("address", "江西省景德镇市珠山区测试路1号");
        body.put("contact", Map.of("name", "测试联系人", "phone", "0798-8000000"));
        body.put("roles", List.of(role));
        return body;
    }

    /** A producer in 珠山区 applying to be registered, with a fresh credit code and manager username. */
    static Map<String, Object> enrolmentBody() {
        return Map.of("creditCode", TestCreditCodes.next("360203"), "name", "矩阵申请企业", "regionCode", "360203",
                "address", "景德镇市珠山区", "contact", Map.of("name", "矩阵联系人", "phone", "0798-8000000"),
                "roles", List.of("PRODUCER"), "managerUsername", "matrix-applicant-" + System.nanoTime());
    }

    static Map<String, Object> licenceBody() {
        return Map.of("number", "赣危废经字矩阵" + System.nanoTime(), "mode", "COMPREHENSIVE",
                "lines", LicenceBodies.lines(List.of("HW08"), List.of("D10")), "annualCapacityTonnes", "5000", "validFrom", "2026-01-01",
                "validTo", "2028-12-31");
    }

    private void registry() throws Exception {
        JsonNode profile = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", enterpriseBody("RECEIVER"))
                .andExpect(status().isCreated()));
        enterprise = profile.get("id").asText();
        contactRef = profile.get("contactRef").asText();
        licence = id(api.post(Api.ADMIN, "/api/v1/enterprises/" + enterprise + "/licences", licenceBody()));
        carrierEnterprise = id(api.post(Api.ADMIN, "/api/v1/enterprises", enterpriseBody("CARRIER")));
    }

    private JsonNode batch() throws Exception {
        return flow.registerBatch("producer", "900-249-08", "100", "LIQUID", "DRUM", 1, List.of("T", "I"));
    }

    private String draft(JsonNode batch) throws Exception {
        return flow.draft("producer", DISPOSAL_CENTRE, List.of(CARRIER), PLATE, List.of(batchId(batch)), "D10",
                Map.of()).get("id").asText();
    }

    private String submit(String manifest) throws Exception {
        flow.submit("producer", manifest);
        return manifest;
    }

    private String pickUp(JsonNode batch) throws Exception {
        String manifest = submit(draft(batch));
        flow.pickUp("carrier", manifest, PLATE, List.of(labelId(batch)));
        return manifest;
    }

    private String arrive(String manifest) throws Exception {
        flow.arrive("carrier", manifest);
        return manifest;
    }

    /** A correction the producer proposes, pending the approval of the carrier and the receiver (R20). */
    private String proposeCorrection(String manifest) throws Exception {
        String location = api.post("producer", "/api/v1/manifests/" + manifest + "/corrections",
                        Map.of("changes", Map.of("vehiclePlate", "赣H67890"), "reason", "原车辆故障"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String id(org.springframework.test.web.servlet.ResultActions created) throws Exception {
        return api.read(created.andExpect(status().isCreated())).get("id").asText();
    }
}
