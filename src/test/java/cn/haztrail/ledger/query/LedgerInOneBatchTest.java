package cn.haztrail.ledger.query;

import cn.haztrail.support.IntegrationTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger when a stream's events come in one processing batch, as on a replay: what the batch's registrations and
 * drafts made (written only as it commits) serves its later disposals, pickups and receipts, with the number its
 * submission gave, and the lines are those the events give one by one.
 */
@IntegrationTest
class LedgerInOneBatchTest {

    @Autowired
    LedgerProjection projection;
    @Autowired
    LedgerLines lines;

    @Test
    void a_producers_year_handled_in_one_processing_batch_gives_the_lines_it_gives_event_by_event() {
        LedgerScenario oneByOne = new LedgerScenario();
        oneByOne.batchEvents(projection);
        oneByOne.manifestEvents(projection);

        LedgerScenario inOneBatch = new LedgerScenario();
        new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("a replayed batch"))).executeWithResult(
                () -> {
                    inOneBatch.manifestEvents(projection);
                    inOneBatch.batchEvents(projection);
                    return null;
                });

        for (Map.Entry<String, UUID> party : Map.of("producer", inOneBatch.producer, "facility",
                inOneBatch.facility, "carrier", inOneBatch.carrier).entrySet()) {
            assertThat(described(inOneBatch, party.getValue())).as(party.getKey())
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(described(oneByOne, partyOf(oneByOne, party.getKey())));
        }
    }

    /** Found: the submission's number reached the table only as the batch committed, after its pickup's lines. */
    @Test
    void a_manifest_drafted_in_an_earlier_batch_and_submitted_and_picked_up_in_one_gets_its_number_on_every_line() {
        LedgerScenario s = new LedgerScenario();
        s.batchEvents(projection);
        s.draft(projection);
        new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("a later batch"))).executeWithResult(
                () -> {
                    s.afterDraft(projection);
                    return null;
                });

        assertThat(lines.page(new LedgerFilter(s.producer, Register.OUTGOING, null, null, null, null), 0, 10))
                .isNotEmpty().allSatisfy(line -> assertThat(line.manifestNumber()).isEqualTo("36020026000001"));
        assertThat(lines.page(new LedgerFilter(s.carrier, Register.TRANSPORTED, null, null, null, null), 0, 10))
                .isNotEmpty().allSatisfy(line -> assertThat(line.manifestNumber()).isEqualTo("36020026000001"));
    }

    private List<String> described(LedgerScenario s, UUID enterprise) {
        return lines.page(new LedgerFilter(enterprise, null, null, null, null, null), 0, 50).stream()
                .map(line -> line.movement() + " " + line.quantityValue() + " " + line.quantityUnit() + " "
                        + line.manifestNumber() + " " + line.wasteCode() + " " + line.labelId() + " "
                        + line.methodCode() + " " + line.occurredOn())
                .map(text -> text.replace(s.a.toString(), "A").replace(s.b.toString(), "B")
                        .replace(s.c.toString(), "C"))
                .toList();
    }

    private static UUID partyOf(LedgerScenario s, String name) {
        return switch (name) {
            case "producer" -> s.producer;
            case "facility" -> s.facility;
            default -> s.carrier;
        };
    }
}
