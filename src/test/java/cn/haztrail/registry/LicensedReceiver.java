package cn.haztrail.registry;

import cn.haztrail.support.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A new receiver in 浮梁县 with one comprehensive licence for HW08 by D10, registered and granted through the API. */
record LicensedReceiver(UUID id, UUID licenceId, String licenceNumber) {

    static LicensedReceiver registered(Api api, String annualCapacityTonnes) throws Exception {
        String receiver = api.post(Api.ADMIN, "/api/v1/enterprises", RegistryRequests.enterprise("360222", "RECEIVER"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String number = RegistryRequests.uniqueNumber("赣危废经字");
        Map<String, Object> licence = new HashMap<>(RegistryRequests.licence(number, "COMPREHENSIVE",
                List.of("HW08"), List.of("D10")));
        licence.put("annualCapacityTonnes", annualCapacityTonnes);
        String granted = api.post(Api.ADMIN, receiver + "/licences", licence).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return new LicensedReceiver(lastSegment(receiver), lastSegment(granted), number);
    }

    private static UUID lastSegment(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
