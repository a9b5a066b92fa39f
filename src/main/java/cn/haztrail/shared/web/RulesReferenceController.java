package cn.haztrail.shared.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * Serves the rules reference (api-docs/rules.md, copied into the jar at build time) as UTF-8 Markdown, publicly:
 * problem details and the API description link to its anchors ({@code /api-docs/rules.md#r03}). A document, not an
 * operation of the API, so it stays out of the OpenAPI description.
 */
@Hidden
@RestController
class RulesReferenceController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final Resource RULES = new ClassPathResource("docs/rules.md");

    @GetMapping(Problems.RULES_REFERENCE)
    ResponseEntity<Resource> rules() {
        return ResponseEntity.ok().contentType(MARKDOWN).body(RULES);
    }
}
