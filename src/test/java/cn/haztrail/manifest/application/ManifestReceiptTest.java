package cn.haztrail.manifest.application;

import cn.haztrail.approval.api.ReleaseDraw;
import cn.haztrail.approval.api.ReserveDraw;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.CheckReceipt;
import cn.haztrail.manifest.api.ConfirmReceipt;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestTerms;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.ReleaseAdmission;
import cn.haztrail.registry.api.ReserveAdmission;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The receipt's steps, one aggregate each: the manifest is asked first, then room and quantity are held, then the
 * manifest records the receipt; when that last step is refused, what was held is given back (R04, R14).
 */
class ManifestReceiptTest {

    private static final UUID MANIFEST = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final UUID CONSIGNOR = UUID.fromString("1a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    private static final UUID RECEIVER = UUID.fromString("5a1d4b63-2e3f-4c5b-8d9e-8f7a6b5c4d3e");
    private static final UUID APPROVAL = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    private static final UUID BATCH = UUID.fromString("8d4a7e96-5b6c-4f8e-9a2b-1c0d9e8f7a6b");
    private static final Instant PICKED_UP = Instant.parse("2026-11-24T02:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-25T00:30:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private ManifestReceipt receipt;

    @BeforeEach
    void setUp() {
        when(commands.sendAndWait(isA(CheckReceipt.class))).thenReturn(new ManifestTerms(MANIFEST,
                ManifestKind.TRANSFER, CONSIGNOR, "360400", RECEIVER, "D10", LocalDate.of(2026, 11, 24), APPROVAL,
                PICKED_UP, List.of(new ManifestTerms.Line(BATCH, "900-041-49", null, new BigDecimal("1.100")))));
        AuditedStep step = InlineSteps.inline();
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        when(calendar.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        receipt = new ManifestReceipt(commands, step, calendar, mock(ExemptReceipt.class));
    }

    private static List<ReceiptLine> accepting(String kg) {
        return List.of(new ReceiptLine(BATCH, LineDecision.ACCEPT, Quantity.kg(kg), true, true, true, true, 4, "D10",
                null));
    }

    @Test
    void R04_R14_a_receipt_asks_the_manifest_first_then_holds_room_and_quantity_in_their_own_steps() {
        when(commands.sendAndWait(isA(ConfirmReceipt.class))).thenReturn(List.of());

        receipt.receive(MANIFEST, StepAccess.SYSTEM, RECEIVER, accepting("1100"), RECEIVED, null, 7L);

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeastOnce()).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).extracting(Object::getClass).startsWith(CheckReceipt.class,
                ReserveAdmission.class, ReserveDraw.class, ConfirmReceipt.class);
        assertThat(sent.getAllValues().get(1)).isEqualTo(new ReserveAdmission(RECEIVER, MANIFEST,
                List.of(new AdmissionLine("900-041-49", "D10", new BigDecimal("1.100"))), LocalDate.of(2026, 11, 25)));
        assertThat(sent.getAllValues().get(2)).isEqualTo(new ReserveDraw(APPROVAL, MANIFEST, new BigDecimal("1.100"),
                LocalDate.of(2026, 11, 24)));
    }

    @Test
    void R04_R14_a_receipt_the_manifest_refuses_after_the_holds_gives_back_the_room_and_the_quantity() {
        CommandRefused conflict = CommandRefused.conflict(null, "status",
                Translatable.of("refused.manifest.wrong-status", "RECEIVED"));
        when(commands.sendAndWait(isA(ConfirmReceipt.class))).thenThrow(conflict);

        assertThatThrownBy(() -> receipt.receive(MANIFEST, StepAccess.SYSTEM, RECEIVER, accepting("1100"), RECEIVED,
                null, 7L)).isSameAs(conflict);

        verify(commands).sendAndWait(isA(ReleaseAdmission.class));
        verify(commands).sendAndWait(isA(ReleaseDraw.class));
    }
}
