package cn.haztrail.feed.webhook;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A webhook URL whose host is known and resolves only to public addresses ({@link WebhookTargets}): refused at
 * subscription as bad input (400 naming {@code url} and the address block at fault). Deliveries check again.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PublicWebhookUrl.Validator.class)
@interface PublicWebhookUrl {

    String message() default "webhooks must go to a public address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, which hands it the application's {@link WebhookTargets}. */
    class Validator implements ConstraintValidator<PublicWebhookUrl, String> {

        private final WebhookTargets targets;

        Validator(WebhookTargets targets) {
            this.targets = targets;
        }

        @Override
        public boolean isValid(String url, ConstraintValidatorContext context) {
            if (url == null || !url.matches(WebhookRequest.URL)) {
                return true; // @NotBlank and @Pattern say what is wrong with it
            }
            var problem = targets.problemWith(url);
            problem.ifPresent(reason -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(literal(reason)).addConstraintViolation();
            });
            return problem.isEmpty();
        }

        /** The reason quotes the host: nothing in it may be read as a message expression. */
        private static String literal(String text) {
            return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
