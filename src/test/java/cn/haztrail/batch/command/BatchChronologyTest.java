package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.RecordDisposal;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.SettableClock;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.haztrail.batch.command.BatchSamples.*;
import static cn.haztrail.support.Refusals.refused;
import static org.hamcrest.Matchers.containsString;

/** R25 and R26 on the times a batch owns: generation before the draft that allocates it, receipt before disposal. */
class BatchChronologyTest {

    /** 2026-11-24 in Shanghai, the day of {@link BatchSamples#RECEIVED} (01:00 there). */
    private static final LocalDate RECEIPT_DAY = LocalDate.of(2026, 11, 24);
    private static final Instant AFTER_RECEIPT = Instant.parse("2026-11-25T02:00:00Z");

    private final SettableClock clock = new SettableClock(AFTER_RECEIPT);
    private AggregateTestFixture<WasteBatch> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(firstOfTheDay(), TestStepTimes.at(clock), new FakeCustodyBook().holding(receivedBy(RECEIVER)));
    }

    @Test
    void R25_a_disposal_before_the_receipt_is_refused() {
        Instant beforeReceipt = RECEIVED.minusSeconds(30 * 60); // 00:30 on the receipt day in Shanghai
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(receivedBatch())
                .when(disposal(RECEIPT_DAY, beforeReceipt, beforeReceipt, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R25", "disposedAt"))
                .expectExceptionMessage(containsString("receipt at " + RECEIVED));
    }

    @Test
    void R25_a_bare_disposal_date_on_the_receipt_day_is_compared_by_date() {
        Instant endOfReceiptDay = Instant.parse("2026-11-24T15:59:59Z");
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(receivedBatch())
                .when(disposal(RECEIPT_DAY, null, endOfReceiptDay, null))
                .expectEvents(new BatchDisposed(BATCH, RECEIVER, "D10", ACCEPTED, RECEIPT_DAY, null, null));
    }

    @Test
    void R26_a_disposal_entered_late_carries_its_reason() {
        clock.set(Instant.parse("2026-11-27T02:00:00Z")); // Friday: Tuesday's window ended with Wednesday
        Instant disposedAt = Instant.parse("2026-11-24T06:00:00Z");
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(receivedBatch())
                .when(disposal(RECEIPT_DAY, disposedAt, disposedAt, LateEntryReason.DEVICE_OFFLINE))
                .expectEvents(new BatchDisposed(BATCH, RECEIVER, "D10", ACCEPTED, RECEIPT_DAY, disposedAt,
                        LateEntryReason.DEVICE_OFFLINE));
    }

    private static List<Object> receivedBatch() {
        List<Object> events = new ArrayList<>(arrived());
        events.add(received());
        return events;
    }

    private static RecordDisposal disposal(LocalDate on, Instant at, Instant businessTime, LateEntryReason late) {
        return new RecordDisposal(BATCH, RECEIVER, "D10", ACCEPTED, on, null, at, businessTime, late);
    }
}
