package cn.haztrail.enrolment.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.enrolment.api.ApplicationApproved;
import cn.haztrail.enrolment.api.ApplicationRefused;
import cn.haztrail.enrolment.api.ApplicationSubmitted;
import cn.haztrail.enrolment.api.ApproveApplication;
import cn.haztrail.enrolment.api.RefuseApplication;
import cn.haztrail.enrolment.api.SubmitApplication;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.support.TestCreditCodes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An application to be registered: checked as a registration is (R01), then decided once. */
class EnrolmentApplicationTest {

    private static final UUID APPLICATION = UUID.fromString("00000000-0000-0000-0000-0000000a0e01");
    private static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0000-0000000c0e01");
    private static final UUID ENTERPRISE = UUID.fromString("00000000-0000-0000-0000-0000000e0e01");
    private static final String CODE = TestCreditCodes.next("360203");

    private AggregateTestFixture<EnrolmentApplication> fixture;
    private ClaimedIdentifiers claims;
    private PendingCreditCodes pending;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EnrolmentApplication.class);
        claims = mock(ClaimedIdentifiers.class);
        pending = mock(PendingCreditCodes.class);
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(pending);
        fixture.registerInjectableResource(TestReferenceData.regionDirectory());
    }

    @Test
    void R01_an_application_is_submitted_with_a_reference_to_its_contact() {
        fixture.givenNoPriorActivity()
                .when(submit(CODE))
                .expectEvents(submitted());
    }

    @Test
    void the_events_carry_no_personal_data_username_nor_token() {
        for (Class<?> event : List.of(ApplicationSubmitted.class, ApplicationApproved.class,
                ApplicationRefused.class)) {
            assertThat(Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName))
                    .as(event.getSimpleName())
                    .noneMatch(name -> name.matches("(?i).*(phone|email|username|token|hash|password|contactName).*"))
                    .allMatch(name -> !name.startsWith("contact") || name.equals("contactRef"));
        }
    }

    @Test
    void R01_a_credit_code_with_a_wrong_check_character_is_refused() {
        fixture.givenNoPriorActivity()
                .when(submit(TestCreditCodes.withWrongCheckCharacter(CODE)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R01", "creditCode"));
    }

    @Test
    void R01_a_credit_code_already_registered_is_refused() {
        when(claims.isClaimed(IdentifierKind.CREDIT_CODE, CODE)).thenReturn(true);

        fixture.givenNoPriorActivity()
                .when(submit(CODE))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R01", "creditCode"));
    }

    @Test
    void R01_a_credit_code_with_a_pending_application_is_refused() {
        when(pending.isPending(CODE)).thenReturn(true);

        fixture.givenNoPriorActivity()
                .when(submit(CODE))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R01", "creditCode"));
    }

    @Test
    void an_unknown_region_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(APPLICATION, CODE, "昌南化工", "369999", "景德镇", CONTACT,
                        List.of(PartyRole.PRODUCER), List.of(), List.of()))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, null, "regionCode"));
    }

    @Test
    void a_pending_application_is_approved_with_the_new_enterprise_and_answers_what_was_applied_for() {
        fixture.given(submitted())
                .when(new ApproveApplication(APPLICATION, ENTERPRISE))
                .expectEvents(new ApplicationApproved(APPLICATION, ENTERPRISE))
                .expectResultMessagePayload(submitted());
    }

    @Test
    void a_pending_application_is_refused_with_its_reason() {
        fixture.given(submitted())
                .when(new RefuseApplication(APPLICATION, "营业执照信息与信用代码不符"))
                .expectEvents(new ApplicationRefused(APPLICATION, "营业执照信息与信用代码不符"));
    }

    @Test
    void an_approved_application_cannot_be_decided_again() {
        fixture.given(submitted(), new ApplicationApproved(APPLICATION, ENTERPRISE))
                .when(new RefuseApplication(APPLICATION, "重复"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "id"));
    }

    @Test
    void a_refused_application_cannot_be_approved() {
        fixture.given(submitted(), new ApplicationRefused(APPLICATION, "材料不全"))
                .when(new ApproveApplication(APPLICATION, ENTERPRISE))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, null, "id"));
    }

    @Test
    void a_refusal_says_why() {
        fixture.given(submitted())
                .when(new RefuseApplication(APPLICATION, " "))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, null, "reason"));
    }

    private static SubmitApplication submit(String code) {
        return new SubmitApplication(APPLICATION, code, "昌南化工", "360203", "景德镇市珠山区", CONTACT,
                List.of(PartyRole.PRODUCER), null, null);
    }

    private static ApplicationSubmitted submitted() {
        return new ApplicationSubmitted(APPLICATION, CODE, "昌南化工", "360203", "景德镇市珠山区", CONTACT,
                List.of(PartyRole.PRODUCER), List.of(), List.of());
    }
}
