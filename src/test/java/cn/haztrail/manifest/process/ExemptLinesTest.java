package cn.haztrail.manifest.process;

import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.manifest.query.ManifestLineRecord;
import cn.haztrail.manifest.query.ManifestQueries;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The exempt lines of a processing batch's receipts (R37), as the custody processes read them. */
class ExemptLinesTest {

    private final ManifestReceived plain = receipt();
    private final ManifestReceived exempt = receipt();
    private final UUID exemptBatch = UUID.randomUUID();
    private final UUID exemption = UUID.randomUUID();
    private final List<Set<UUID>> asked = new ArrayList<>();
    private final ExemptLines exemptLines = new ExemptLines(queries(List.of(
            line(plain.manifestId(), UUID.randomUUID(), null), line(exempt.manifestId(), exemptBatch, exemption))));

    @Test
    void R37_the_lines_of_every_receipt_in_a_processing_batch_are_read_in_one_query() {
        List<Map<UUID, UUID>> answers = new ArrayList<>();
        new BatchingUnitOfWork<>(List.<EventMessage<?>>of(GenericEventMessage.asEventMessage(plain),
                GenericEventMessage.asEventMessage(exempt))).executeWithResult(() -> {
                    ManifestReceived receipt = (ManifestReceived) CurrentUnitOfWork.get().getMessage().getPayload();
                    answers.add(exemptLines.of(receipt.manifestId()));
                    return null;
                });

        assertThat(asked).containsExactly(Set.of(plain.manifestId(), exempt.manifestId()));
        assertThat(answers).containsExactly(Map.of(), Map.of(exemptBatch, exemption));
    }

    private ManifestQueries queries(List<ManifestLineRecord> stored) {
        ManifestQueries queries = mock(ManifestQueries.class);
        when(queries.lines(anyCollection())).thenAnswer(call -> {
            Collection<UUID> wanted = call.getArgument(0);
            asked.add(Set.copyOf(wanted));
            return stored.stream().filter(line -> wanted.contains(line.manifestId())).toList();
        });
        return queries;
    }

    private static ManifestLineRecord line(UUID manifestId, UUID batchId, UUID exemptionId) {
        ManifestLineRecord line = mock(ManifestLineRecord.class);
        when(line.manifestId()).thenReturn(manifestId);
        when(line.batchId()).thenReturn(batchId);
        when(line.exemptionId()).thenReturn(exemptionId);
        return line;
    }

    private static ManifestReceived receipt() {
        return new ManifestReceived(UUID.randomUUID(), UUID.randomUUID(), List.of(), ReceiptOutcome.ACCEPTED,
                Instant.parse("2026-05-01T02:00:00Z"), false, null, ManifestKind.TRANSFER, null);
    }
}
