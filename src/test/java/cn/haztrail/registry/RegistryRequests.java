package cn.haztrail.registry;

import cn.haztrail.support.LicenceBodies;
import cn.haztrail.support.TestCreditCodes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the registry endpoints, valid unless a test changes a field. */
final class RegistryRequests {

    private RegistryRequests() {
    }

    static Map<String, Object> enterprise(String region, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next(region));
        body.put("name", "测试企业" + System.nanoTime());
        body.put("regionCode", region);
        body.put("address", "江西省景德镇市珠山区测试路1号");
        body.put("contact", Map.of("name", "测试联系人", "phone", "0798-8000000"));
        body.put("roles", List.of(roles));
        return body;
    }

    static Map<String, Object> licence(String number, String mode, List<String> categories, List<String> methods) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("mode", mode);
        body.put("lines", LicenceBodies.lines(categories, methods));
        body.put("annualCapacityTonnes", "5000");
        body.put("validFrom", "2026-01-01");
        body.put("validTo", "2028-12-31");
        return body;
    }

    static String uniqueNumber(String prefix) {
        return prefix + System.nanoTime();
    }
}
