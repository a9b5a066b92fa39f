package cn.haztrail.manifest.application;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.exemption.api.ExemptionLookup;
import cn.haztrail.exemption.api.ReleaseExemptionDraw;
import cn.haztrail.exemption.api.ReserveExemptionDraw;
import cn.haztrail.exemption.application.ExemptionDrawing;
import cn.haztrail.manifest.api.CheckReceipt;
import cn.haztrail.manifest.api.ConfirmReceipt;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestTerms;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.registry.api.ReleaseAdmission;
import cn.haztrail.registry.api.ReserveAdmission;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A receipt of a line sent under an exemption (R37): its tonnes are held on the exemption, never as room on the
 * receiver's licence year (R04), and given back when the manifest then refuses the receipt.
 */
class ExemptReceiptTest {

    private static final UUID MANIFEST = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final UUID CONSIGNOR = UUID.fromString("1a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    private static final UUID RECEIVER = UUID.fromString("5a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    private static final UUID EXEMPTION = UUID.fromString("3c8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    private static final UUID BATCH = UUID.fromString("8d4a7e96-5b6c-4f8e-9a2b-1c0d9e8f7a6b");
    private static final Instant RECEIVED = Instant.parse("2026-11-25T00:30:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final ExemptionDrawing drawing = mock(ExemptionDrawing.class);
    private ManifestReceipt receipt;

    @BeforeEach
    void setUp() {
        when(commands.sendAndWait(isA(CheckReceipt.class))).thenReturn(new ManifestTerms(MANIFEST,
                ManifestKind.TRANSFER, CONSIGNOR, "360400", RECEIVER, "R9", LocalDate.of(2026, 11, 24), null,
                Instant.parse("2026-11-24T02:00:00Z"),
                List.of(new ManifestTerms.Line(BATCH, "900-249-08", EXEMPTION, new BigDecimal("1.000")))));
        AuditedStep step = InlineSteps.inline();
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        when(calendar.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        receipt = new ManifestReceipt(commands, step, calendar,
                new ExemptReceipt(drawing, mock(ExemptionLookup.class), step));
    }

    @Test
    void R37_a_receipt_refused_after_the_exemption_hold_gives_it_back_and_held_no_licence_room() {
        CommandRefused conflict = CommandRefused.conflict(null, "status",
                Translatable.of("refused.manifest.wrong-status", "RECEIVED"));
        when(commands.sendAndWait(isA(ConfirmReceipt.class))).thenThrow(conflict);

        assertThatThrownBy(() -> receipt.receive(MANIFEST, StepAccess.SYSTEM, RECEIVER, List.of(new ReceiptLine(BATCH,
                LineDecision.ACCEPT, Quantity.kg("1000"), true, true, true, true, 4, "R9", null)), RECEIVED, null, 7L))
                .isSameAs(conflict);

        verify(commands).sendAndWait(isA(CheckReceipt.class));
        verify(drawing).reserve(new ReserveExemptionDraw(EXEMPTION, MANIFEST, new BigDecimal("1.000"),
                LocalDate.of(2026, 11, 25)));
        verify(commands).sendAndWait(new ReleaseExemptionDraw(EXEMPTION, MANIFEST,
                "receipt refused: " + conflict.getMessage()));
        verify(commands, never()).sendAndWait(isA(ReserveAdmission.class));
        verify(commands, never()).sendAndWait(isA(ReleaseAdmission.class));
    }
}
