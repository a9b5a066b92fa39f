package cn.haztrail.contract;

import cn.haztrail.contract.AuthorizationMatrix.Expected;
import cn.haztrail.contract.AuthorizationMatrix.Row;
import cn.haztrail.shared.security.AccountService;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;

/**
 * R21 for every endpoint: the authorization matrix (src/test/resources/authorization-matrix.txt) covers exactly the
 * operations of the live OpenAPI document, and every cell holds against the running application with real accounts.
 * For each write, the refused callers go first, so that they meet the resource in the state the allowed caller
 * needs; a refused write must store no event.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    /** What allowed callers were answered, for the summary: how many passed all the way, how many met a rule. */
    private final Map<String, Integer> allowedAnswers = new java.util.TreeMap<>();

    @TestFactory
    Stream<DynamicNode> R21_every_operation_answers_every_caller_as_the_matrix_says() throws Exception {
        Api api = new Api(mvc, json, jdbc);
        MatrixCaller.createAccounts(accounts);
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        Set<String> live = liveOperations();
        Set<String> rows = new LinkedHashSet<>();
        matrix.rows().stream().filter(Row::isApi).forEach(row -> rows.add(row.operation()));

        MatrixFixture fixture = MatrixFixture.build(api);
        MatrixTargets targets = new MatrixTargets(fixture);
        MatrixBodies bodies = new MatrixBodies(fixture);

        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("R21 every operation of the OpenAPI document has a matrix row", () ->
                assertThat(live.stream().filter(op -> !rows.contains(op)).toList())
                        .as("operations without a row in " + AuthorizationMatrix.RESOURCE).isEmpty()));
        nodes.add(DynamicTest.dynamicTest("R21 every matrix row names an operation of the OpenAPI document", () ->
                assertThat(rows.stream().filter(op -> !live.contains(op)).toList())
                        .as("rows of " + AuthorizationMatrix.RESOURCE + " naming no live operation").isEmpty()));
        nodes.add(DynamicTest.dynamicTest("R21 no operation has two rows", () ->
                assertThat(matrix.rows().stream().filter(Row::isApi).count()).isEqualTo(rows.size())));
        int cells = 0;
        for (Row row : matrix.rows()) {
            if (row.isApi() && !live.contains(row.operation())) {
                continue;
            }
            List<DynamicTest> tests = new ArrayList<>();
            for (Map.Entry<MatrixCaller, Expected> cell : deniedFirst(row)) {
                tests.add(DynamicTest.dynamicTest(row.operation() + " as " + cell.getKey() + " -> "
                        + cell.getValue(), () -> check(api, row, cell.getKey(), cell.getValue(), targets, bodies)));
            }
            cells += tests.size();
            nodes.add(DynamicContainer.dynamicContainer(row.operation() + " (line " + row.line() + ")", tests));
        }
        nodes.add(DynamicTest.dynamicTest("stop the webhook subscriptions the matrix made", () -> {
            jdbc.update("update webhook_subscription set active = false where url = ?", MatrixFixture.HOOK_URL);
            System.out.println("Allowed cells answered with a domain refusal: " + allowedAnswers.entrySet().stream()
                    .filter(answer -> answer.getValue() >= 300).toList());
            System.out.println("Allowed cells by status: " + allowedAnswers.values().stream().collect(
                    java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting())));
        }));
        System.out.printf("Authorization matrix: %d operations x %d callers = %d cells%n", live.size(),
                MatrixCaller.values().length, cells);
        return nodes.stream();
    }

    private void check(Api api, Row row, MatrixCaller caller, Expected expected, MatrixTargets targets,
                       MatrixBodies bodies) throws Exception {
        String path = targets.path(row.operation(), caller);
        Object body = bodies.body(row.operation(), caller);
        long eventsBefore = api.storedEvents();
        MockHttpServletResponse response = call(api, caller, row.method(), path, body).andReturn().getResponse();
        int status = response.getStatus();
        String answer = status + " " + response.getContentAsString(StandardCharsets.UTF_8);
        if (expected.allowed()) {
            allowedAnswers.put(row.operation() + " as " + caller.column, status);
            assertThat(status).as("%s as %s must pass authorization (matrix line %d); answered %s", path, caller,
                    row.line(), answer).isNotIn(400, 401, 403, 404).isLessThan(500);
            return;
        }
        assertThat(status).as("%s as %s (matrix line %d); answered %s", path, caller, row.line(), answer)
                .isEqualTo(expected.status());
        if (!"GET".equals(row.method())) {
            assertThat(api.storedEvents()).as("a refused %s stores no event", row.operation()).isEqualTo(eventsBefore);
        }
    }

    private ResultActions call(Api api, MatrixCaller caller, String method, String path, Object body)
            throws Exception {
        if (caller.anonymous()) {
            var request = MockMvcRequestBuilders.request(method, java.net.URI.create(path));
            if (body != null) {
                request.contentType(APPLICATION_JSON).content(api.asJson(body));
            }
            return mvc.perform(request);
        }
        return switch (method) {
            case "GET" -> api.get(caller.account, path);
            case "POST" -> api.post(caller.account, path, body);
            case "PUT" -> api.put(caller.account, path, body);
            case "DELETE" -> api.delete(caller.account, path);
            default -> throw new AssertionError("the matrix test cannot call " + method + " yet");
        };
    }

    /** Refused callers before allowed ones, each group in the matrix's column order. */
    private static List<Map.Entry<MatrixCaller, Expected>> deniedFirst(Row row) {
        return row.cells().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<MatrixCaller, Expected> cell) -> cell.getValue().allowed())
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    private Set<String> liveOperations() throws Exception {
        String document = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Set<String> operations = new LinkedHashSet<>();
        JsonNode paths = json.readTree(document).get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (HTTP_METHODS.contains(method)) {
                    operations.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return operations;
    }
}
