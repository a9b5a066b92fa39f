package cn.haztrail.shared.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.Locale;

/**
 * Operation ids are what generated clients name their methods after. An operation names its id in
 * {@code @Operation(operationId = ...)}; one that does not gets its method's name followed by its controller's noun
 * ({@code list} in {@code WebhookController} is {@code listWebhook}), so that two controllers' {@code list} methods
 * no longer become {@code list} and {@code list_1}.
 */
class OperationIdConvention implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        var declared = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
                io.swagger.v3.oas.annotations.Operation.class);
        if (declared != null && StringUtils.hasText(declared.operationId())) {
            return operation.operationId(declared.operationId());
        }
        String method = handlerMethod.getMethod().getName();
        String noun = handlerMethod.getBeanType().getSimpleName().replaceFirst("(Admin)?Controller$", "");
        boolean qualified = method.toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT));
        return operation.operationId(qualified ? method : method + noun);
    }
}
