package cn.haztrail.oversight;

import cn.haztrail.support.LicenceBodies;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.shared.security.Role;
import cn.haztrail.support.Api;
import cn.haztrail.support.TestCreditCodes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enterprises and accounts of the oversight scenario, in cities with no demo data (上饶 3611, 抚州 3610, 汕头 4405),
 * so that every figure the regulators get there comes from the scenario alone.
 */
final class ScenarioParties {

    static final String PASSWORD = Api.DEMO_PASSWORD;

    UUID producerShangrao;
    UUID producerFuzhou;
    UUID carrier;
    UUID receiverShangrao;
    UUID receiverShantou;

    static ScenarioParties register(Api api, AccountService accounts) throws Exception {
        ScenarioParties parties = new ScenarioParties();
        parties.producerShangrao = enterprise(api, "361102", "上饶市信州精细化工有限公司", "PRODUCER");
        parties.producerFuzhou = enterprise(api, "361002", "抚州市临川电镀有限公司", "PRODUCER");
        parties.carrier = enterprise(api, "361102", "上饶市安达危货运输有限公司", "CARRIER");
        parties.receiverShangrao = enterprise(api, "361181", "德兴市危险废物处置有限公司", "RECEIVER");
        parties.receiverShantou = enterprise(api, "440507", "汕头市龙湖再生资源有限公司", "RECEIVER");

        licence(api, parties.receiverShangrao, List.of("HW08", "HW17", "HW49"), List.of("D1", "D10", "R4"));
        licence(api, parties.receiverShantou, List.of("HW08"), List.of("R9"));
        api.post(Api.ADMIN, "/api/v1/enterprises/" + parties.carrier + "/permits", Map.of("number",
                "赣交运管许可饶字" + System.nanoTime(), "validFrom", "2026-01-01", "validTo", "2028-12-31"))
                .andExpect(status().isCreated());
        api.post(Api.ADMIN, "/api/v1/enterprises/" + parties.carrier + "/vehicles",
                Map.of("plate", "赣E12345", "operatingPermitNo", "赣交运管饶字361100012345号"))
                .andExpect(status().isCreated());

        accounts.createIfAbsent("sr-producer", PASSWORD, Role.PRODUCER, parties.producerShangrao, null);
        accounts.createIfAbsent("fz-producer", PASSWORD, Role.PRODUCER, parties.producerFuzhou, null);
        accounts.createIfAbsent("sr-carrier", PASSWORD, Role.CARRIER, parties.carrier, null);
        accounts.createIfAbsent("sr-receiver", PASSWORD, Role.RECEIVER, parties.receiverShangrao, null);
        accounts.createIfAbsent("st-receiver", PASSWORD, Role.RECEIVER, parties.receiverShantou, null);
        accounts.createIfAbsent("regulator-sr", PASSWORD, Role.REGULATOR, null, "361100");
        accounts.createIfAbsent("regulator-fz", PASSWORD, Role.REGULATOR, null, "361000");
        accounts.createIfAbsent("regulator-gd", PASSWORD, Role.REGULATOR, null, "440000");
        return parties;
    }

    private static UUID enterprise(Api api, String region, String name, String role) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next(region));
        body.put("name", name);
        body.put("regionCode", region);
        body.put("address", name + "厂区");
        body.put("contact", Map.of("name", "联系人", "phone", "0793-8000000"));
        body.put("roles", List.of(role));
        return UUID.fromString(api.read(api.post(Api.ADMIN, "/api/v1/enterprises", body)
                .andExpect(status().isCreated())).get("id").asText());
    }

    private static void licence(Api api, UUID receiver, List<String> categories, List<String> methods)
            throws Exception {
        api.post(Api.ADMIN, "/api/v1/enterprises/" + receiver + "/licences", Map.of(
                "number", "危废经字" + System.nanoTime(), "mode", "COMPREHENSIVE",
                "lines", LicenceBodies.lines(categories, methods), "annualCapacityTonnes", "50000", "validFrom", "2026-01-01",
                "validTo", "2028-12-31")).andExpect(status().isCreated());
    }
}
