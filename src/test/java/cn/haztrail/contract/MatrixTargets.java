package cn.haztrail.contract;

import cn.haztrail.demo.DemoParties;

import java.util.HashMap;
import java.util.Map;

/**
 * Which fixture resource each path variable of an operation names, so that every column's relation holds (see the
 * header of the matrix file). An operation with path variables and no entry here fails its cells with a message.
 */
final class MatrixTargets {

    private final Map<String, String> paths = new HashMap<>();

    MatrixTargets(MatrixFixture f) {
        String receivedBatch = f.batchId(f.receivedBatch);
        String plant = DemoParties.CHEMICAL_PLANT.toString();
        at("GET /api/v1/enterprises/{id}/members", plant);
        at("POST /api/v1/enterprises/{id}/members", plant);
        for (String change : new String[]{"role", "disable", "enable"}) {
            at("POST /api/v1/enterprises/{id}/members/{accountId}/" + change, plant, f.member);
        }
        at("POST /api/v1/admin/dead-letters/{group}/retry", "oversight");
        at("GET /api/v1/admin/enterprise-imports/{jobId}", f.importJob);
        at("GET /api/v1/oversight/backflow/imports/{jobId}", f.backflowJob);
        at("GET /api/v1/oversight/backflow/imports/{jobId}/refusals", f.backflowJob);
        at("GET /api/v1/oversight/backflow/exports/{city}", "360200");
        at("POST /api/v1/admin/projections/{name}/replay", "registry-view");
        at("POST /api/v1/admin/projections/{name}/position", "registry-view");
        at("GET /api/v1/oversight/integrity/{streamId}", f.received);
        at("GET /api/v1/approvals/{id}", f.approval);
        at("GET /api/v1/exemptions/{id}", f.exemption);
        at("POST /api/v1/exemptions/{id}/revocation", f.exemption);
        for (String operation : new String[]{"GET /api/v1/collection-rounds/{id}",
                "POST /api/v1/collection-rounds/{id}/stops", "POST /api/v1/collection-rounds/{id}/start",
                "POST /api/v1/collection-rounds/{id}/completion"}) {
            at(operation, f.round);
        }
        // Reading a batch and its label: one awaiting pickup, which the named carrier must scan (R13, R21).
        String awaitingPickup = f.batchId(f.awaitingPickupBatch);
        at("GET /api/v1/batches/{id}", awaitingPickup);
        at("POST /api/v1/batches/{id}/disposal", receivedBatch);
        at("POST /api/v1/batches/{id}/split", receivedBatch);
        at("GET /api/v1/batches/{id}/label", awaitingPickup);
        at("GET /api/v1/batches/{id}/label.png", awaitingPickup);
        at("GET /api/v1/labels/{labelId}", f.labelId(f.awaitingPickupBatch));
        at("GET /l/{labelId}", f.labelId(f.awaitingPickupBatch));
        at("GET /api/v1/catalogue/regions/{code}", "360203");
        at("GET /api/v1/catalogue/calendars/{year}", "2026");
        at("PUT /api/v1/catalogue/calendars/{year}", String.valueOf(MatrixBodies.CALENDAR_YEAR));
        at("GET /api/v1/catalogue/waste-codes/{code}", "900-249-08");
        at("GET /api/v1/enterprises/{id}", DemoParties.CHEMICAL_PLANT.toString());
        at("POST /api/v1/enterprises/{id}/licences", f.enterprise);
        at("GET /api/v1/enterprises/{id}/licences/{licenceId}", f.enterprise, f.licence);
        for (String change : new String[]{"amend", "reinstate", "revoke", "suspend"}) {
            at("POST /api/v1/enterprises/{id}/licences/{licenceId}/" + change, f.enterprise, f.licence);
        }
        at("POST /api/v1/enterprises/{id}/permits", f.carrierEnterprise);
        at("POST /api/v1/enterprises/{id}/vehicles", DemoParties.CARRIER.toString());
        at("GET /api/v1/manifests/{idOrNumber}", f.received);
        at("GET /api/v1/manifests/{idOrNumber}/document.pdf", f.received);
        at("POST /api/v1/manifests/{id}/submit", f.drafted);
        at("POST /api/v1/manifests/{id}/cancel", f.toCancel);
        at("POST /api/v1/manifests/{id}/pickup", f.submitted);
        at("POST /api/v1/manifests/{id}/handover", f.pickedUp);
        at("POST /api/v1/manifests/{id}/arrival", f.pickedUp);
        at("POST /api/v1/manifests/{id}/receipt", f.arrived);
        at("POST /api/v1/manifests/{id}/corrections", f.toCorrect);
        at("POST /api/v1/manifests/{id}/corrections/{correctionId}/approve", f.toApprove,
                f.correctionToApprove);
        at("POST /api/v1/manifests/{id}/corrections/{correctionId}/reject", f.toReject,
                f.correctionToReject);
        forCaller(MatrixCaller.RECEIVER_ADDRESSED, "POST /api/v1/manifests/{id}/corrections/{correctionId}/reject",
                f.toRejectByReceiver, f.correctionToRejectByReceiver);
        at("GET /api/v1/oversight/custody/batches/{id}", receivedBatch);
        at("GET /api/v1/oversight/custody/manifests/{numberOrId}", f.received);
        at("GET /api/v1/oversight/custody/batches/{id}/document.pdf", receivedBatch);
        at("GET /api/v1/oversight/custody/manifests/{numberOrId}/document.pdf", f.received);
        at("GET /api/v1/personal-data/{reference}", f.contactRef);
        at("POST /api/v1/personal-data/{reference}/erase", f.contactRef);
        at("GET /api/v1/enrolment-applications/{id}", f.enrolmentToApprove);
        at("POST /api/v1/enrolment-applications/{id}/activation-token", f.enrolmentToApprove);
        at("POST /api/v1/enrolment-applications/{id}/approval", f.enrolmentToApprove);
        at("POST /api/v1/enrolment-applications/{id}/refusal", f.enrolmentToRefuse);
        at("DELETE /api/v1/webhooks/{id}", f.webhook);
        at("GET /api/v1/webhooks/{id}/deliveries", f.webhook);
        // The disposal centre's report of a past year: r-addr is its holder, reg-in its regulator (R33)
        String centre = DemoParties.DISPOSAL_CENTRE.toString();
        for (String report : new String[]{"GET /api/v1/annual-reports/{holderId}/{year}",
                "GET /api/v1/annual-reports/{holderId}/{year}/draft",
                "POST /api/v1/annual-reports/{holderId}/{year}/submission",
                "POST /api/v1/annual-reports/{holderId}/{year}/acknowledgement",
                "POST /api/v1/annual-reports/{holderId}/{year}/return"}) {
            at(report, centre, "2025");
        }
        at("GET /api/v1/enterprises/{id}/ledger/lines", plant);
        at("GET /api/v1/enterprises/{id}/ledger/summary", plant);
        at("POST /api/v1/enterprises/{id}/ledger/exports", plant);
        at("GET /api/v1/enterprises/{id}/ledger/exports/{jobId}", plant, f.ledgerExport);
        at("GET /api/v1/enterprises/{id}/ledger/exports/{jobId}/file", plant, f.ledgerExport);
        for (String plan : new String[]{"GET /api/v1/plans/{id}", "POST /api/v1/plans/{id}/amendment",
                "POST /api/v1/plans/{id}/recording", "POST /api/v1/plans/{id}/return"}) {
            at(plan, f.plan);
        }
    }

    /** The concrete path to call; an operation without path variables is called as it is. */
    String path(String operation, MatrixCaller caller) {
        String template = operation.substring(operation.indexOf(' ') + 1);
        if (!template.contains("{")) {
            return template;
        }
        String path = paths.getOrDefault(operation + " as " + caller.column, paths.get(operation));
        if (path == null) {
            throw new AssertionError(operation + " has path variables but MatrixTargets names no fixture resource "
                    + "for them");
        }
        return path;
    }

    /** Fills the template's variables in order. */
    private void at(String operation, String... values) {
        paths.put(operation, fill(operation, values));
    }

    /** A resource for one caller only: where the first allowed caller's write leaves nothing for the next. */
    private void forCaller(MatrixCaller caller, String operation, String... values) {
        paths.put(operation + " as " + caller.column, fill(operation, values));
    }

    private static String fill(String operation, String... values) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        for (String value : values) {
            path = path.replaceFirst("\\{[^}]+}", value);
        }
        return path;
    }
}
