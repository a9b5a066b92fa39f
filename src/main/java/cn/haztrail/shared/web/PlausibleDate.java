package cn.haztrail.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A business date or instant of this century: 2000-01-01 to 2099-12-31. Anything else is a typo or an attack
 * (year 0001 would make a label id with generation date 00010101; year +10000 overflows the working-day calendar),
 * never a hazardous-waste record. Domain rules (not in the future, not before receipt, ...) come on top.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PlausibleDate.ForLocalDate.class, PlausibleDate.ForInstant.class})
public @interface PlausibleDate {

    LocalDate FIRST = LocalDate.of(2000, 1, 1);
    LocalDate LAST = LocalDate.of(2099, 12, 31);

    String message() default "must lie between 2000-01-01 and 2099-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForLocalDate implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(FIRST) && !value.isAfter(LAST));
        }
    }

    class ForInstant implements ConstraintValidator<PlausibleDate, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(FIRST.atStartOfDay().toInstant(ZoneOffset.ofHours(14)))
                    && value.isBefore(LAST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(-12))));
        }
    }
}
