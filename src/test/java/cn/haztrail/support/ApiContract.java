package cn.haztrail.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Collectors;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusTypeIs;
import static com.atlassian.oai.validator.whitelist.StatusType.CLIENT_ERROR;

/**
 * The contract test: every exchange of the API tests (requests and answers under {@code /api/}) is checked against
 * api-docs/openapi.json by Atlassian's OpenAPI validator, and a mismatch fails the test with the validator's message.
 * A request the application refused (4xx) is usually out of contract on purpose: only its answer is checked.
 */
public final class ApiContract implements ResultHandler {

    private static final Path DOCUMENT = Path.of("api-docs/openapi.json");
    private static volatile OpenApiInteractionValidator validator;

    @Override
    public void handle(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        if (!request.getRequestURI().startsWith("/api/")) {
            return;
        }
        if (request.isAsyncStarted()) {
            // a streamed answer (the city export) has no body yet: it is checked on its async dispatch, if any
            return;
        }
        ValidationReport report = validator().validate(request(request), response(result.getResponse()));
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + request.getRequestURI() + " answered "
                    + result.getResponse().getStatus() + ", which does not match " + DOCUMENT + ":\n"
                    + report.getMessages().stream().map(ApiContract::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(ValidationReport.Message message) {
        return "  [" + message.getKey() + "] " + message.getMessage()
                + message.getAdditionalInfo().stream().map(info -> "\n    " + info).collect(Collectors.joining());
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ApiContract.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(read(DOCUMENT))
                            .withWhitelist(whitelist()).build();
                }
            }
        }
        return validator;
    }

    /** Each entry says why the mismatch is not the document's fault. */
    private static ValidationErrorsWhitelist whitelist() {
        return ValidationErrorsWhitelist.create()
                .withRule("A refused request is out of contract on purpose (the tests of bad input); its answer is "
                        + "still checked", allOf(isRequest(), responseStatusTypeIs(CLIENT_ERROR)))
                .withRule("A path outside the API has no operation to check the answer against",
                        allOf(messageHasKey("validation.request.path.missing"), responseStatusTypeIs(CLIENT_ERROR)))
                .withRule("A method the path does not have is answered 405 by Spring, outside any operation",
                        allOf(messageHasKey("validation.request.operation.notAllowed"),
                                responseStatusTypeIs(CLIENT_ERROR)))
                .withRule("The tests' Api.post always sends a JSON body; an operation that takes none ignores it",
                        messageHasKey("validation.request.body.unexpected"))
                .withRule("Spring reads an empty query parameter (?status=) as an absent one",
                        allOf(messageHasKey("validation.request.parameter.schema.enum"),
                                messageContainsRegexp(".*Instance value \\(\"\"\\) not found in enum.*")))
                .withRule("Decimals are read from JSON numbers and strings alike (README, API conventions); the "
                        + "document names the form the API answers with", allOf(isRequest(),
                        messageHasKey("validation.request.body.schema.type"), messageContainsRegexp(
                                ".*Instance type \\((string|number)\\) does not match any allowed primitive type "
                                        + "\\(allowed: \\[(\"integer\",\"number\"|\"string\")\\]\\).*")));
    }

    private static Request request(MockHttpServletRequest servlet) {
        var request = new SimpleRequest.Builder(servlet.getMethod(), servlet.getRequestURI());
        for (String name : Collections.list(servlet.getHeaderNames())) {
            request.withHeader(name, Collections.list(servlet.getHeaders(name)));
        }
        servlet.getParameterMap().forEach(request::withQueryParam);
        byte[] body = servlet.getContentAsByteArray();
        if (body != null && body.length > 0) {
            request.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return request.build();
    }

    private static com.atlassian.oai.validator.model.Response response(MockHttpServletResponse servlet) {
        var response = new SimpleResponse.Builder(servlet.getStatus());
        for (String name : servlet.getHeaderNames()) {
            response.withHeader(name, servlet.getHeaders(name));
        }
        String type = servlet.getContentType();
        byte[] body = servlet.getContentAsByteArray();
        if (body.length > 0) {
            boolean json = type != null && type.contains("json");
            response.withBody(new String(body, json ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        }
        return response.build();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
