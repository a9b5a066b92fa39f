package cn.haztrail.manifest.application;

import cn.haztrail.approval.api.CheckApproval;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.AcceptHandover;
import cn.haztrail.manifest.api.CheckHandover;
import cn.haztrail.manifest.api.CheckTerms;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.HandoverTurn;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestTerms;
import cn.haztrail.manifest.api.OfferHandover;
import cn.haztrail.manifest.api.SubmitManifest;
import cn.haztrail.personal.PersonalDataStore;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.registry.api.CheckCarrier;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The steps in front of the manifest ask what they check from the manifest itself (its terms, its custody), never
 * from a read model that may lag behind its events: the caller passes only the manifest's id.
 */
class ManifestStepTermsTest {

    private static final UUID MANIFEST = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final UUID CONSIGNOR = UUID.fromString("1a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    private static final UUID RECEIVER = UUID.fromString("5a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    private static final UUID APPROVAL = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    private static final UUID EXEMPTION = UUID.fromString("3c8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    private static final UUID CARRIER = UUID.fromString("00000000-0000-0000-0000-0000000ca001");
    private static final UUID NEXT_CARRIER = UUID.fromString("00000000-0000-0000-0000-0000000ca002");
    private static final UUID LICENSED_BATCH = UUID.fromString("8d4a7e96-5b6c-4f8e-9a2b-1c0d9e8f7a6b");
    private static final UUID EXEMPT_BATCH = UUID.fromString("9d4a7e96-5b6c-4f8e-9a2b-1c0d9e8f7a6b");
    private static final LocalDate CORRECTED_DATE = LocalDate.of(2026, 11, 26);
    private static final Instant AT = Instant.parse("2026-11-25T00:30:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final AuditedStep step = InlineSteps.inline();
    private final WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);

    @BeforeEach
    void setUp() {
        when(calendar.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void R03_R14_R37_submission_checks_the_licence_approval_and_exemption_for_the_terms_the_manifest_answers() {
        when(commands.sendAndWait(new CheckTerms(MANIFEST))).thenReturn(new ManifestTerms(MANIFEST,
                ManifestKind.TRANSFER, CONSIGNOR, "360203", RECEIVER, "R9", CORRECTED_DATE, APPROVAL, null, List.of(
                new ManifestTerms.Line(LICENSED_BATCH, "900-249-08", null, new BigDecimal("1.000")),
                new ManifestTerms.Line(EXEMPT_BATCH, "900-041-49", EXEMPTION, new BigDecimal("0.200")))));
        ManifestNumbers numbers = mock(ManifestNumbers.class);
        when(numbers.next(anyInt(), eq("360203"))).thenReturn("20263602000001");
        ExemptionCheck exemptions = mock(ExemptionCheck.class);
        ManifestSubmission submission = new ManifestSubmission(commands, numbers, step, calendar,
                TestStepTimes.notUnderTest(), exemptions);

        submission.submit(MANIFEST, StepAccess.SYSTEM, 3L, AT, null);

        verify(commands).sendAndWait(new CheckAdmission(RECEIVER,
                List.of(new AdmissionLine("900-249-08", "R9", new BigDecimal("1.000"))), CORRECTED_DATE, null));
        verify(exemptions).check(eq(CONSIGNOR), eq(RECEIVER), eq("R9"), any(),
                eq(List.of(new ExemptLine(EXEMPT_BATCH, EXEMPTION))), eq(AT));
        verify(commands).sendAndWait(new CheckApproval(APPROVAL, CONSIGNOR, RECEIVER,
                List.of("900-249-08", "900-041-49"), "R9", new BigDecimal("1.200"), CORRECTED_DATE));
        verify(commands).sendAndWait(new SubmitManifest(MANIFEST, "20263602000001", 3L, AT, null));
    }

    @Test
    void R15_the_carrier_the_manifest_finds_holding_the_waste_offers_it_to_the_next_carrier() {
        when(commands.sendAndWait(new CheckHandover(MANIFEST, CARRIER))).thenReturn(new HandoverTurn(NEXT_CARRIER));

        transport().handOver(MANIFEST, StepAccess.SYSTEM, CARRIER, null, AT, null);

        verify(commands).sendAndWait(new OfferHandover(MANIFEST, CARRIER, NEXT_CARRIER, AT, null));
        verify(commands, never()).sendAndWait(isA(AcceptHandover.class));
    }

    @Test
    void R02_the_carrier_the_waste_was_offered_to_takes_it_over_only_with_its_vehicle() {
        when(commands.sendAndWait(new CheckHandover(MANIFEST, NEXT_CARRIER))).thenReturn(new HandoverTurn(null));

        assertThatThrownBy(() -> transport().handOver(MANIFEST, StepAccess.SYSTEM, NEXT_CARRIER, null, AT, null))
                .isInstanceOfSatisfying(CommandRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("R02");
                    assertThat(refused.field()).isEqualTo("vehiclePlate");
                });

        verify(commands, never()).sendAndWait(isA(CheckCarrier.class));
        verify(commands, never()).sendAndWait(isA(AcceptHandover.class));
    }

    private ManifestTransport transport() {
        return new ManifestTransport(commands, step, mock(PersonalDataStore.class), calendar);
    }
}
