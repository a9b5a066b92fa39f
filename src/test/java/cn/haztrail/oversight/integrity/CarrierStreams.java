package cn.haztrail.oversight.integrity;

import cn.haztrail.support.Api;
import cn.haztrail.support.StreamingProcessors;
import cn.haztrail.support.TestCreditCodes;
import cn.haztrail.support.TestPlates;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fresh carrier streams for the integrity tests to check and edit. Each step waits until every processor has read
 * the new event as recorded: a processor that read an edited row would keep the forgery after the row is put back,
 * and another test's replay would then see it differ.
 */
final class CarrierStreams {

    private final Api api;
    private final StreamingProcessors processors;

    CarrierStreams(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.processors = new StreamingProcessors(api, jdbc);
    }

    /** A carrier registered: a stream of one event. */
    String register() throws Exception {
        String id = api.read(api.post(Api.ADMIN, "/api/v1/enterprises", Map.of(
                "creditCode", TestCreditCodes.next("360203"), "name", "完整性测试运输" + System.nanoTime(),
                "regionCode", "360203", "address", "景德镇", "contact", Map.of("name", "完整性测试", "phone",
                        "0798-8000001"), "roles", List.of("CARRIER"))).andExpect(status().isCreated()))
                .get("id").asString();
        processors.awaitAllCaughtUp();
        return id;
    }

    /** One event more on the carrier's stream: a vehicle. */
    void addVehicle(String carrierId) throws Exception {
        api.post(Api.ADMIN, "/api/v1/enterprises/" + carrierId + "/vehicles", Map.of("plate", TestPlates.next(),
                "operatingPermitNo", "赣交运管景字" + System.nanoTime())).andExpect(status().isCreated());
        processors.awaitAllCaughtUp();
    }
}
