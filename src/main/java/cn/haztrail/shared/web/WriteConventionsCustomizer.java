package cn.haztrail.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents, on every operation, what the API does for all of them: Idempotency-Key on writes, If-Match where a
 * write takes a version, and the problem responses each kind of operation can give (400/401/403/404/429/503 on all,
 * 411/413/422 on writes, 415 where a body is taken, 412 where If-Match is).
 */
class WriteConventionsCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean write = handlerMethod.hasMethodAnnotation(PostMapping.class);
        boolean takesBody = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
        if (write) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("Makes a retry safe: the same key and body return the first answer and store nothing")
                    .schema(new StringSchema().maxLength(255).example("5f2b8c1e-2f4a-4d7e-9a51-0c8f3b6d2e10")));
        }
        boolean versioned = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(ExpectedVersion.class));
        if (versioned) {
            operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                    .description("The ETag you read; a stale or weak (W/) one is refused with 412")
                    .schema(new StringSchema().example("\"3\"")));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problemResponses(write, takesBody, versioned).forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    private static Map<String, String> problemResponses(boolean write, boolean takesBody, boolean versioned) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Malformed or invalid input; `errors` names each bad field");
        problems.put("401", "Not signed in");
        problems.put("403", "This account may not do this (R21)");
        problems.put("404", "No such resource");
        problems.put("429", "Too many failed sign-ins from this client for this username: wait `Retry-After` seconds");
        problems.put("503", "Out of database capacity (no connection in time, or a query timed out): retry after "
                + "`Retry-After` seconds");
        if (write) {
            problems.put("409", "Duplicate, forbidden transition, or a concurrent change");
            problems.put("411", "The body was sent without a Content-Length");
            problems.put("413", "The body is larger than the limit (1 MB by default)");
            problems.put("422", "A domain rule refused it; `rule` names it");
        }
        if (takesBody) {
            problems.put("415", "The body is not application/json");
        }
        if (versioned) {
            problems.put("412", "If-Match is stale or weak (W/)");
        }
        return problems;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(
                        new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM_SCHEMA))));
    }
}
