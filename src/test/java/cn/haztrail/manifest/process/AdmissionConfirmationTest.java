package cn.haztrail.manifest.process;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.shared.imports.ChunkTurns;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.registry.api.ConfirmAdmission;
import cn.haztrail.registry.api.ConfirmAdmissions;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The receipts' admissions (R04) as the custody process sends them: per processing batch, one command per receiver. */
class AdmissionConfirmationTest {

    private static final UUID CENTRE = UUID.randomUUID();
    private static final UUID RECYCLER = UUID.randomUUID();
    private static final Instant RECEIVED_AT = Instant.parse("2026-05-01T02:00:00Z");

    private final List<Object> sent = new ArrayList<>();
    private final AdmissionConfirmation confirmation = confirmation();

    @Test
    void R04_the_receipts_of_a_processing_batch_are_confirmed_with_one_command_per_receiver_in_their_order() {
        ManifestReceived first = receipt(CENTRE);
        ManifestReceived atRecycler = receipt(RECYCLER);
        ManifestReceived second = receipt(CENTRE);

        handleInOneBatch(first, atRecycler, second);

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).isInstanceOfSatisfying(ConfirmAdmissions.class, command -> assertThat(
                command.admissions()).extracting(ConfirmAdmission::manifestId)
                .containsExactly(first.manifestId(), second.manifestId()));
        assertThat(sent.get(1)).isInstanceOfSatisfying(ConfirmAdmission.class,
                command -> assertThat(command.manifestId()).isEqualTo(atRecycler.manifestId()));
    }

    @Test
    void R04_nothing_is_confirmed_before_the_batch_commits() {
        List<Integer> sentWhileHandling = new ArrayList<>();
        ManifestReceived receipt = receipt(CENTRE);
        new BatchingUnitOfWork<>(List.<EventMessage<?>>of(GenericEventMessage.asEventMessage(receipt)))
                .executeWithResult(() -> {
                    confirmation.on(receipt);
                    sentWhileHandling.add(sent.size());
                    return null;
                });

        assertThat(sentWhileHandling).containsExactly(0);
        assertThat(sent).singleElement().isInstanceOf(ConfirmAdmission.class);
    }

    private void handleInOneBatch(ManifestReceived... receipts) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (ManifestReceived receipt : receipts) {
            messages.add(GenericEventMessage.asEventMessage(receipt));
        }
        new BatchingUnitOfWork<>(messages).executeWithResult(() -> {
            confirmation.on((ManifestReceived) CurrentUnitOfWork.get().getMessage().getPayload());
            return null;
        });
    }

    private AdmissionConfirmation confirmation() {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any())).thenAnswer(call -> {
            sent.add(call.getArgument(0));
            return null;
        });
        ExemptLines exemptLines = mock(ExemptLines.class);
        when(exemptLines.of(any())).thenReturn(Map.of());
        return new AdmissionConfirmation(new ProcessCommands(gateway, new ChunkTurns()), TestReferenceData.calendar(),
                exemptLines);
    }

    private static ManifestReceived receipt(UUID receiver) {
        return new ManifestReceived(UUID.randomUUID(), receiver, List.of(new LineOutcome(UUID.randomUUID(),
                LineDecision.ACCEPT, Quantity.kg("800"), "D10", List.of(), null, null, "900-249-08")),
                ReceiptOutcome.ACCEPTED, RECEIVED_AT, false, null, ManifestKind.TRANSFER, null);
    }
}
