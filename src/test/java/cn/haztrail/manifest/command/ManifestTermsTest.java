package cn.haztrail.manifest.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.manifest.api.*;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.manifest.command.ManifestFixtures.*;
import static cn.haztrail.support.Refusals.refused;
import static org.hamcrest.Matchers.allOf;

/**
 * The steps in front of the manifest (submission, pickup, handover, receipt) ask the manifest itself what they need
 * to know of it, never a read model that may lag behind its events: it answers from its own events and stores nothing.
 */
class ManifestTermsTest {

    private static final UUID EXEMPTION = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    private static final Instant PICKED_UP = Instant.parse("2026-09-17T01:00:00Z");

    private AggregateTestFixture<TransferManifest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferManifest.class);
        fixture.registerInjectableResource(TestReferenceData.calendar());
        fixture.registerInjectableResource(TestStepTimes.notUnderTest());
        fixture.registerInjectableResource(new ReceiptPolicy(new BigDecimal("0.05")));
    }

    @Test
    void R37_the_terms_name_each_lines_code_exemption_and_declared_tonnes() {
        ManifestDrafted drafted = drafted(List.of(CARRIER_1));
        fixture.given(new ManifestDrafted(MANIFEST, drafted.kind(), CONSIGNOR, "360203", RECEIVER, "360222",
                        drafted.carrierIds(), "赣H12345", LocalDate.of(2026, 9, 17), drafted.lines(), "D10", null,
                        "围堵", null, DRAFTED_AT, null, List.of(new ExemptLine(BATCH_B, EXEMPTION))))
                .when(new CheckTerms(MANIFEST))
                .expectNoEvents()
                .expectResultMessagePayload(new ManifestTerms(MANIFEST, ManifestKind.TRANSFER, CONSIGNOR, "360203",
                        RECEIVER, "D10", LocalDate.of(2026, 9, 17), null, null, List.of(
                        new ManifestTerms.Line(BATCH_A, "900-249-08", null, new BigDecimal("1.000")),
                        new ManifestTerms.Line(BATCH_B, "900-041-49", EXEMPTION, new BigDecimal("0.200")))));
    }

    @Test
    void R20_the_terms_carry_the_planned_method_and_date_as_corrected() {
        UUID correction = UUID.randomUUID();
        fixture.given(drafted(List.of(CARRIER_1)), new ManifestSubmitted(MANIFEST, "20263602000001", SUBMITTED_AT,
                        null), new CorrectionApplied(MANIFEST, correction, List.of(
                        new FieldChange("plannedMethod", "D10", "R9"),
                        new FieldChange("plannedDate", "2026-09-17", "2026-09-18"))))
                .when(new CheckTerms(MANIFEST))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(terms(manifest -> manifest.plannedMethod().equals("R9")
                        && manifest.plannedDate().equals(LocalDate.of(2026, 9, 18))));
    }

    @Test
    void R14_the_receipt_check_answers_when_the_waste_was_picked_up() {
        fixture.given(arrived())
                .when(new CheckReceipt(MANIFEST, RECEIVER, List.of(accept(BATCH_A, "1000", 5),
                        accept(BATCH_B, "200", 10)), Instant.parse("2026-09-21T02:00:00Z"), null, null))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(terms(manifest -> PICKED_UP.equals(manifest.pickedUpAt())));
    }

    @Test
    void R15_the_carrier_holding_the_waste_offers_it_to_the_next_carrier() {
        fixture.given(inTransit(CARRIER_1, CARRIER_2))
                .when(new CheckHandover(MANIFEST, CARRIER_1))
                .expectNoEvents()
                .expectResultMessagePayload(new HandoverTurn(CARRIER_2));
    }

    @Test
    void R15_the_carrier_offered_the_waste_takes_it_over() {
        fixture.given(inTransit(CARRIER_1, CARRIER_2))
                .andGiven(new HandoverOffered(MANIFEST, CARRIER_1, CARRIER_2, PICKED_UP.plusSeconds(3600), null))
                .when(new CheckHandover(MANIFEST, CARRIER_2))
                .expectNoEvents()
                .expectResultMessagePayload(new HandoverTurn(null));
    }

    @Test
    void R15_the_last_carrier_has_no_one_to_hand_over_to() {
        fixture.given(inTransit(CARRIER_1))
                .when(new CheckHandover(MANIFEST, CARRIER_1))
                .expectNoEvents()
                .expectException(allOf(refused(RefusalReason.RULE_VIOLATED, "R15", "carrierId"),
                        keyed("refused.manifest.no-next-carrier")));
    }

    @Test
    void R15_a_carrier_neither_holding_nor_offered_the_waste_takes_no_part_in_a_handover() {
        fixture.given(inTransit(CARRIER_1, CARRIER_2))
                .when(new CheckHandover(MANIFEST, CARRIER_2))
                .expectNoEvents()
                .expectException(allOf(refused(RefusalReason.RULE_VIOLATED, "R15", "carrierId"),
                        keyed("refused.manifest.carrier-not-in-custody")));
    }

    @Test
    void R15_once_received_the_waste_is_in_no_carriers_custody() {
        fixture.given(arrived())
                .andGiven(new ManifestReceived(MANIFEST, RECEIVER, List.of(), ReceiptOutcome.ACCEPTED,
                        Instant.parse("2026-09-21T02:00:00Z"), false, null, ManifestKind.TRANSFER, null))
                .when(new CheckHandover(MANIFEST, CARRIER_1))
                .expectNoEvents()
                .expectException(allOf(refused(RefusalReason.RULE_VIOLATED, "R15", "carrierId"),
                        keyed("refused.manifest.carrier-not-in-custody")));
    }

    private static Matcher<ManifestTerms> terms(java.util.function.Predicate<ManifestTerms> expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ManifestTerms terms) {
                return expected.test(terms);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the manifest's terms as expected");
            }
        };
    }

    private static Matcher<CommandRefused> keyed(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refusal) {
                return refusal.text() != null && code.equals(refusal.text().code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with the message " + code);
            }
        };
    }
}
