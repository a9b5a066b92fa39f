package cn.haztrail.production;

import cn.haztrail.support.LicenceBodies;
import cn.haztrail.support.TestCreditCodes;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The parties of a custody trip, registered through the API by the administrator of a production installation (no
 * demo data): a producer, a carrier with its permit and vehicle, and a receiver licensed for mineral oil (HW08) and
 * medical waste (HW01) by incineration (D10). Tokens come from the identity provider.
 */
record Parties(UUID producer, UUID carrier, UUID receiver, String plate, String producerToken, String carrierToken,
               String receiverToken, String regulatorToken, String adminToken) {

    /** The province whose regulator reads every party's events. */
    static final String PROVINCE = "360000";

    static Parties register(URI node, TestIdentityProvider idp) {
        String admin = idp.admin();
        UUID producer = enterprise(node, admin, "360203", "PRODUCER");
        UUID carrier = enterprise(node, admin, "360203", "CARRIER");
        UUID receiver = enterprise(node, admin, "360222", "RECEIVER");
        require(Http.post(node, admin, "/api/v1/enterprises/" + carrier + "/permits", Map.of(
                "number", "赣交运管许可景字" + System.nanoTime(), "validFrom", "2025-01-01", "validTo", "2030-12-31")));
        String plate = "赣H12345";
        require(Http.post(node, admin, "/api/v1/enterprises/" + carrier + "/vehicles", Map.of(
                "plate", plate, "operatingPermitNo", "赣交运管景字" + System.nanoTime())));
        require(Http.post(node, admin, "/api/v1/enterprises/" + receiver + "/licences", Map.of(
                "number", "赣危废经字第" + System.nanoTime() + "号", "mode", "COMPREHENSIVE",
                "lines", LicenceBodies.lines(List.of("HW01", "HW08"), List.of("D10")), "annualCapacityTonnes", "1000000",
                "validFrom", "2026-01-01", "validTo", "2028-12-31")));
        return new Parties(producer, carrier, receiver, plate, idp.party("PRODUCER", producer),
                idp.party("CARRIER", carrier), idp.party("RECEIVER", receiver), idp.regulator(PROVINCE), admin);
    }

    private static UUID enterprise(URI node, String admin, String region, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next(region));
        body.put("name", "多节点测试" + role + System.nanoTime());
        body.put("regionCode", region);
        body.put("address", "江西省景德镇市测试路1号");
        body.put("contact", Map.of("name", "测试联系人", "phone", "0798-8000000"));
        body.put("roles", List.of(role));
        return UUID.fromString(require(Http.post(node, admin, "/api/v1/enterprises", body)).field("id"));
    }

    private static Http.Answer require(Http.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("Setting up the parties failed: " + answer);
        }
        return answer;
    }
}
