package cn.haztrail.shared.web;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Locale;

/**
 * Every error of the API as RFC 9457 problem details, mapped here once. Statuses: 400 malformed or invalid input,
 * 401/403 access, 404 unknown id, 409 duplicate or forbidden transition, 412 stale or weak If-Match, 422 domain rule
 * violated (with the rule id of the rules reference, api-docs/rules.md), 503 out of database capacity (retry after
 * {@code Retry-After}). Unknown failures are 500 without internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final MessageSource messages;
    private final ShortageAnswer shortage;

    ProblemDetailsAdvice(MessageSource messages, ShortageAnswer shortage) {
        this.messages = messages;
        this.shortage = shortage;
    }

    /** The reason in the caller's language (Accept-Language; English by default). */
    @ExceptionHandler(CommandRefused.class)
    ProblemDetail refused(CommandRefused refused, Locale locale) {
        String reason = refused.text() == null ? refused.getMessage() : messages.getMessage(refused.text(), locale);
        var problem = switch (refused.reason()) {
            case RULE_VIOLATED -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", "Domain rule violated",
                    reason);
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", reason);
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", reason);
            case FORBIDDEN -> Problems.forbidden(messages.getMessage(Problems.FORBIDDEN_TEXT, locale));
        };
        Problems.withRule(problem, refused.rule());
        if (refused.field() != null) {
            Problems.withErrors(problem, List.of(new FieldProblem(refused.field(), reason, refused.rule())));
        }
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e, Locale locale) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", messages.getMessage(
                Translatable.of("problem.no-resource", e.getAggregateIdentifier()), locale));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail stale(ConflictingAggregateVersionException e, Locale locale) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", messages.getMessage(
                Translatable.of("problem.stale-version", e.getExpectedVersion(), e.getActualVersion()), locale));
    }

    /** Answered like a stale tag (same status and type), with the header named as the bad field. */
    @ExceptionHandler(WeakIfMatch.class)
    ProblemDetail weakIfMatch(WeakIfMatch e, Locale locale) {
        String reason = messages.getMessage(Translatable.of("problem.weak-if-match"), locale);
        return Problems.withErrors(Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version",
                reason), List.of(new FieldProblem(HttpHeaders.IF_MATCH, reason, null)));
    }

    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class,
            DataIntegrityViolationException.class, DeadlockException.class})
    ProblemDetail concurrentChange(RuntimeException e, Locale locale) {
        log.info("Refused a write that collided with a concurrent one: {}", e.getMessage());
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Conflict",
                messages.getMessage(Translatable.of("problem.concurrent-change"), locale));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameters(ConstraintViolationException e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid parameters."), ValidationErrors.of(e.getConstraintViolations()));
    }

    /** Tomcat parses a form body for Spring before the 415 can be given; percent-garbage in it fails there. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail unreadableForm(InvalidParameterException e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body could not be decoded; send JSON."), List.of(new FieldProblem("body",
                "is not well-formed", null)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e, Locale locale) {
        return Problems.forbidden(messages.getMessage(Problems.FORBIDDEN_TEXT, locale));
    }

    /** Out of database capacity (pool or query timeout, however wrapped) is 503 to retry; anything else is 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (ResourceShortage.causedBy(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, shortage.retryAfter()).body(shortage.problem(e, locale));
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Internal error",
                "The request failed unexpectedly; nothing it asked for may be assumed done. The failure was logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request body has invalid fields."), ValidationErrors.of(e.getBindingResult()));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        var problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid parameters."), ValidationErrors.of(e));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String parameter = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(e.getPropertyName());
        var problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid parameters."),
                List.of(new FieldProblem(parameter, "has the wrong type or format: " + e.getValue(), null)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is not valid JSON of the expected shape."), ValidationErrors.of(e));
        return ResponseEntity.badRequest().body(problem);
    }
}
