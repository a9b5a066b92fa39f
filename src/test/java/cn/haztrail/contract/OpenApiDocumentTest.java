package cn.haztrail.contract;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Keeps api-docs/openapi.json equal to what the running application serves. Run with
 * {@code -Dapi-docs.update=true} to rewrite the file after an intended API change.
 */
@IntegrationTest
class OpenApiDocumentTest {

    private static final Path EXPORTED = Path.of("api-docs/openapi.json");

    @Autowired
    MockMvc mvc;

    @Test
    void the_exported_document_matches_the_running_application() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        String document = pretty.writeValueAsString(pretty.readValue(served, java.util.Map.class)) + "\n";

        if (Boolean.getBoolean("api-docs.update")) {
            Files.createDirectories(EXPORTED.getParent());
            Files.writeString(EXPORTED, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(EXPORTED)).as(EXPORTED + " is missing; run with -Dapi-docs.update=true").isTrue();
        assertThat(Files.readString(EXPORTED, StandardCharsets.UTF_8))
                .as(EXPORTED + " is stale; run the tests with -Dapi-docs.update=true and commit the file")
                .isEqualTo(document);
    }
}
