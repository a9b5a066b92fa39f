package cn.haztrail.contract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What made api-docs/openapi.json unusable for generated clients and validating proxies (issue 12), checked on the
 * exported document (which OpenApiDocumentTest keeps equal to what the application serves).
 */
class OpenApiClientReadinessTest {

    private static JsonNode document;

    @BeforeAll
    static void read() {
        document = JsonMapper.builder().build().readTree(Path.of("api-docs/openapi.json").toFile());
    }

    @Test
    void the_receipt_body_is_described_by_its_own_line_not_by_the_manifest_views_line() {
        JsonNode receipt = schema(requestSchema("/api/v1/manifests/{id}/receipt", "post"));
        JsonNode line = schema(receipt.at("/properties/lines/items"));

        assertThat(line.at("/properties").propertyNames()).contains("decision", "acceptedQuantity",
                "containersReceived").doesNotContain("declared", "wasteName");
    }

    @Test
    void every_create_documents_its_201_with_the_created_resource() {
        List<String> creates = List.of("/api/v1/batches", "/api/v1/manifests", "/api/v1/enterprises",
                "/api/v1/approvals", "/api/v1/webhooks", "/api/v1/enterprises/{id}/licences");

        assertThat(creates).allSatisfy(path -> assertThat(
                document.at("/paths/" + pointer(path) + "/post/responses/201/content/application~1json/schema")
                        .isMissingNode()).as(path).isFalse());
    }

    @Test
    void free_form_json_is_an_object_schema_not_a_jackson_bean() {
        assertThat(document.at("/components/schemas").propertyNames()).doesNotContain("JsonNode", "ObjectNode");
        assertThat(document.at("/components/schemas/FeedItem/properties/payload/type").asString()).isEqualTo("object");
    }

    @Test
    void no_reference_carries_siblings_that_validators_would_read_as_its_type() {
        List<String> refsWithSiblings = new ArrayList<>();
        walk(document, "", (node, at) -> {
            if (node.has("$ref") && node.size() > 1) {
                refsWithSiblings.add(at);
            }
        });

        assertThat(refsWithSiblings).isEmpty();
    }

    @Test
    void every_operation_has_a_unique_operation_id_that_is_not_a_numbered_duplicate() {
        List<String> ids = new ArrayList<>();
        document.at("/paths").forEach(path -> path.forEach(operation -> ids.add(operation.path("operationId")
                .asString(""))));

        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.isBlank() || id.matches(".*_\\d+"));
    }

    @Test
    void every_error_answer_is_a_problem_detail_and_writes_document_their_refusals() {
        Map<String, List<String>> missing = new TreeMap<>();
        document.at("/paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            List<String> expected = new ArrayList<>(List.of("400", "401", "403", "404"));
            if (operation.getKey().equals("post")) {
                expected.addAll(List.of("409", "411", "413", "422"));
            }
            if (operation.getValue().has("requestBody")) {
                expected.add("415");
            }
            JsonNode responses = operation.getValue().path("responses");
            List<String> absent = expected.stream().filter(status -> responses.at("/" + status
                    + "/content/application~1problem+json/schema/$ref").asString("").isEmpty()).toList();
            if (!absent.isEmpty()) {
                missing.put(operation.getKey() + " " + path.getKey(), absent);
            }
        }));

        assertThat(missing).isEmpty();
    }

    @Test
    void a_nested_record_has_a_schema_name_that_says_what_it_is() {
        assertThat(document.at("/components/schemas").propertyNames()).contains("ManifestViewLine",
                "ReceiptLineRequest").doesNotContain("Line", "Node", "Link", "Party", "Subject");
    }

    private static JsonNode requestSchema(String path, String method) {
        return document.at("/paths/" + pointer(path) + "/" + method + "/requestBody/content/application~1json/schema");
    }

    private static JsonNode schema(JsonNode schemaOrRef) {
        String ref = schemaOrRef.path("$ref").asString("");
        return ref.isEmpty() ? schemaOrRef : document.at(ref.substring(1));
    }

    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static void walk(JsonNode node, String at, BiConsumer<JsonNode, String> visitor) {
        if (node.isObject()) {
            visitor.accept(node, at);
            node.properties().forEach(member -> walk(member.getValue(), at + "/" + member.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, visitor);
            }
        }
    }
}
