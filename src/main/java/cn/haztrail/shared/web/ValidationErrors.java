package cn.haztrail.shared.web;

import jakarta.validation.ConstraintViolation;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the different shapes of validation failure into one sorted list of {@link FieldProblem}s. */
final class ValidationErrors {

    private static final Comparator<FieldProblem> BY_FIELD =
            Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::reason);

    private ValidationErrors() {
    }

    static List<FieldProblem> of(BindingResult result) {
        var fields = result.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage(), ruleOf(error)));
        var objects = result.getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage(), null));
        return Stream.concat(fields, objects).sorted(BY_FIELD).toList();
    }

    static List<FieldProblem> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldProblem(leaf(v.getPropertyPath().toString()), v.getMessage(), ruleOf(v)))
                .sorted(BY_FIELD).toList();
    }

    static List<FieldProblem> of(HandlerMethodValidationException e) {
        return e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        error instanceof FieldError field ? field.getField()
                                : String.valueOf(result.getMethodParameter().getParameterName()),
                        error.getDefaultMessage(), null)))
                .sorted(BY_FIELD).toList();
    }

    static List<FieldProblem> of(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String path = databind.getPath().stream().map(ValidationErrors::segment)
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason = databind instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : databind instanceof InvalidFormatException format && format.getTargetType() == String.class
                    ? "contains a control, bidirectional-override, unpaired surrogate or non-character"
                    : "has the wrong type or format";
            return List.of(new FieldProblem(path, reason, null));
        }
        String reason = cause instanceof JacksonException ? "is not well-formed JSON" : "is missing or unreadable";
        return List.of(new FieldProblem("body", reason, null));
    }

    private static String segment(JacksonException.Reference reference) {
        return reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]";
    }

    private static String ruleOf(FieldError error) {
        return error.contains(ConstraintViolation.class) ? ruleOf(error.unwrap(ConstraintViolation.class)) : null;
    }

    /** Our own constraints (e.g. a credit code) name the rule they enforce in a {@code rule} attribute. */
    private static String ruleOf(ConstraintViolation<?> violation) {
        Object rule = violation.getConstraintDescriptor().getAttributes().get("rule");
        return rule == null || rule.toString().isEmpty() ? null : rule.toString();
    }

    private static String leaf(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
