package cn.haztrail.shared.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The API's description: title, the two ways to sign in, and the Problem schema every error answers with. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_SCHEMA = "Problem";

    static {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(ExpectedVersion.class)
                // Free-form JSON (a feed item's event payload) is an object to clients, not Jackson's node bean.
                .replaceWithSchema(tools.jackson.databind.JsonNode.class, freeFormObject())
                .replaceWithSchema(com.fasterxml.jackson.databind.JsonNode.class, freeFormObject());
        // An enum is one named schema, so a generated client has one type for it wherever it appears.
        ModelResolver.enumsAsRef = true;
    }

    /**
     * Swagger's model resolver with the API's schema names ({@link ApiSchemaNames}); springdoc's registrar puts it in
     * place of the default one of the same class. Registered first so that it stays the last converter of the chain,
     * behind springdoc's own converters, as the default one is.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver apiSchemaNamesModelResolver() {
        return new ModelResolver(Json.mapper(), new ApiSchemaNames());
    }

    @Bean
    OpenAPI hazTrailOpenApi() {
        var components = new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Embedded mode: demo accounts are listed in README.md"))
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("Production (profile oidc): a JWT from the identity provider"))
                .addSchemas(PROBLEM_SCHEMA, problemSchema());
        ModelConverters.getInstance().read(FieldProblem.class).forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info().title("HazTrail API").version("v1").description("""
                        Hazardous-waste custody from generation to disposal (危险废物 产生-转移-运输-处置).
                        Errors are RFC 9457 problem details with a `rule` id from the rules reference \
                        ([api-docs/rules.md](/api-docs/rules.md)) where a domain rule refused the request (the \
                        problem's `type` is then the rule's entry, e.g. `/api-docs/rules.md#r03`) and an `errors` \
                        list naming each bad field. Send `Accept-Language: zh-CN` for Chinese texts. 400 malformed input, \
                        401 not signed in, 429 too many failed sign-ins from this client (wait Retry-After), \
                        403 not allowed (R21), 404 unknown id, 409 duplicate or forbidden transition, \
                        411 a write without Content-Length, 412 stale or weak If-Match, 413 body over the limit, \
                        415 a body that is not JSON, 422 domain rule violated, 503 out of database capacity (retry after \
                        Retry-After). Each operation lists the answers \
                        it can give."""))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer operationIdConvention() {
        return new OperationIdConvention();
    }

    @Bean
    OpenApiCustomizer freeFormObjects() {
        return new FreeFormObjects();
    }

    @Bean
    OperationCustomizer writeConventions() {
        return new WriteConventionsCustomizer();
    }

    private static Schema<?> freeFormObject() {
        return new ObjectSchema().additionalProperties(true).description("Free-form JSON object");
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("https://haztrail.cn/problems/rule-violated"))
                .addProperty("title", new StringSchema().example("Domain rule violated"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("Credit code 91360200MA35XXXX has a wrong check character"))
                .addProperty("instance", new StringSchema().example("/api/v1/enterprises"))
                .addProperty("rule", new StringSchema().example("R01").description("The rule of the rules reference (api-docs/rules.md) that refused it"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem")));
    }
}
