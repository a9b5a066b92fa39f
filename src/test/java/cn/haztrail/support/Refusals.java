package cn.haztrail.support;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.RefusalReason;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matchers for refused commands in aggregate fixture tests: which rule, which reason, which field. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<CommandRefused> refused(RefusalReason reason, String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refusal) {
                return refusal.reason() == reason && Objects.equals(refusal.rule(), rule)
                        && Objects.equals(refusal.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal " + reason + " of rule " + rule + " on field " + field);
            }

            @Override
            protected void describeMismatchSafely(CommandRefused refusal, Description description) {
                description.appendText("was " + refusal.reason() + " of rule " + refusal.rule() + " on field "
                        + refusal.field() + ": " + refusal.getMessage());
            }
        };
    }
}
