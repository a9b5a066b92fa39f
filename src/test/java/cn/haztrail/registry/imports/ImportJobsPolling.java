package cn.haztrail.registry.imports;

import cn.haztrail.support.Api;
import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads a file as the administrator and waits for its job to end: a generous limit, never a timed assertion. */
final class ImportJobsPolling {

    private static final long LIMIT_MILLIS = 15 * 60 * 1000L;

    private ImportJobsPolling() {
    }

    static String upload(Api api, String fileName, String type, byte[] content) throws Exception {
        var answer = api.upload(Api.ADMIN, EnterpriseImportController.PATH, fileName, type, content)
                .andExpect(status().isAccepted());
        return answer.andReturn().getResponse().getHeader("Location");
    }

    static JsonNode finished(Api api, String location, String... headers) throws Exception {
        long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
        while (true) {
            JsonNode job = api.read(api.get(Api.ADMIN, location, headers).andExpect(status().isOk()));
            if (!"RUNNING".equals(job.path("state").asString()) || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    static JsonNode importAndWait(Api api, ImportFiles file, String... headers) throws Exception {
        return finished(api, upload(api, "enterprises.csv", "text/csv", file.csvBytes()), headers);
    }
}
