package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.manifest.api.CorrectionRejected;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.FollowOnLinked;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LoadingRefused;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.shared.domain.Quantity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.haztrail.oversight.custody.CustodyEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Each event family's summary: a short text with the Chinese term, quantities, discrepancies and refusals. */
class EventSummariesTest {

    private final EventSummaries summaries = new EventSummaries();

    private EventSummary summary(Object payload) {
        return summaries.summarize(payload, NAMES);
    }

    @Test
    void R24_a_pickup_names_the_carrier_and_the_vehicle() {
        assertThat(summary(new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, AT, null)).text().english())
                .isEqualTo("Picked up by 景德镇市安运危险货物运输有限公司 with 赣H12345 (装车)");
    }

    @Test
    void R24_batch_events_carry_their_quantities() {
        assertThat(summary(registered("1000")).declared()).isEqualTo(Quantity.kg("1000"));
        EventSummary disposed = summary(new BatchDisposed(BATCH, RECEIVER, "D10", Quantity.kg("880"),
                LocalDate.of(2026, 11, 26), null, null));
        assertThat(disposed.disposed()).isEqualTo(Quantity.kg("880"));
        assertThat(disposed.text().english()).contains("景德镇市危险废物综合处置中心", "D10", "利用处置");
        assertThat(summary(new BatchAllocated(BATCH, MANIFEST, null)).text().english()).contains(MANIFEST.toString(), "列入联单");
    }

    @Test
    void R24_receipts_and_discrepancies_carry_accepted_quantities_and_kinds() {
        EventSummary discrepancy = summary(new DiscrepancyRecorded(MANIFEST, BATCH,
                List.of(DiscrepancyKind.QUANTITY), Quantity.kg("1000"), Quantity.kg("900"), 5, 5, "过磅少10%"));
        assertThat(discrepancy.declared()).isEqualTo(Quantity.kg("1000"));
        assertThat(discrepancy.accepted()).isEqualTo(Quantity.kg("900"));
        assertThat(discrepancy.discrepancyKinds()).containsExactly(DiscrepancyKind.QUANTITY);

        EventSummary receipt = summary(received(MANIFEST, RECEIVER, LineDecision.PARTIAL, "900", "D10",
                List.of(DiscrepancyKind.QUANTITY)));
        assertThat(receipt.accepted()).isEqualTo(Quantity.kg("900"));
        assertThat(receipt.text().english()).startsWith("Received by 景德镇市危险废物综合处置中心: PARTIALLY_ACCEPTED");
        assertThat(summary(new FollowOnLinked(MANIFEST, FOLLOW_ON, ManifestKind.REDIRECT)).text().english())
                .contains("REDIRECT", FOLLOW_ON.toString());
    }

    @Test
    void R24_refusals_name_their_rule_and_reason() {
        EventSummary loading = summary(new LoadingRefused(MANIFEST, CARRIER, List.of(LABEL), List.of()));
        assertThat(loading.refusalRule()).isEqualTo("R13");
        assertThat(loading.refusalReason().english()).contains(LABEL);
        assertThat(summary(new RefusalRecorded(MANIFEST, "receipt", "R04", "annual capacity exceeded")))
                .extracting(EventSummary::refusalRule, summary -> summary.refusalReason().english())
                .containsExactly("R04", "annual capacity exceeded");
        assertThat(summary(new BatchRejected(BATCH, MANIFEST, RECEIVER, "与联单不符", AT)).refusalReason().english())
                .isEqualTo("与联单不符");
        assertThat(summary(new CorrectionRejected(MANIFEST, FOLLOW_ON, RECEIVER, "车辆未备案", null, null)).refusalRule())
                .isEqualTo("R20");
    }

    @Test
    void R24_an_event_type_no_family_knows_is_listed_under_its_name() {
        assertThat(summary(new StreamRef(BATCH, StreamKind.BATCH)).text().english()).isEqualTo("StreamRef");
    }

    @Test
    void R24_streams_are_found_from_the_events_and_batches_only_from_the_manifest_asked_for() {
        assertThat(StreamLinks.of(new BatchAllocated(BATCH, MANIFEST, null), false))
                .containsExactly(StreamRef.manifest(MANIFEST));
        assertThat(StreamLinks.of(drafted(FOLLOW_ON, OTHER_RECEIVER, MANIFEST, "1"), true))
                .containsExactly(StreamRef.manifest(MANIFEST), StreamRef.batch(BATCH));
        assertThat(StreamLinks.of(drafted(FOLLOW_ON, OTHER_RECEIVER, MANIFEST, "1"), false))
                .containsExactly(StreamRef.manifest(MANIFEST));
        assertThat(StreamLinks.of(new FollowOnLinked(MANIFEST, FOLLOW_ON, ManifestKind.RETURN), false))
                .containsExactly(StreamRef.manifest(FOLLOW_ON));
    }
}
