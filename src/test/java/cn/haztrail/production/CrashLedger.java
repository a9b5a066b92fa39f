package cn.haztrail.production;

import cn.haztrail.production.CustodyTrip.Step;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the store must hold after a crash, trip by trip: the events of every acknowledged step, and of the one step
 * that got no answer either all (it committed before the kill) or none; never a part of a step.
 */
record CrashLedger(StoredEvents events, Parties parties) {

    void assertAllOrNothing(List<CustodyTrip> trips) {
        long registered = trips.stream().filter(t -> t.acknowledged().contains(Step.REGISTER)).count();
        long unansweredRegistrations = trips.stream().filter(t -> t.stoppedAt() == Step.REGISTER).count();
        long medical = events.jdbc().queryForObject("""
                select count(*) from domain_event_entry where payload_type like '%.BatchRegistered'
                and convert_from(payload, 'UTF8') like '%841-001-01%'""", Long.class);
        assertThat(events.ofType("BatchRegistered") - medical).as("batches registered")
                .isBetween(registered, registered + unansweredRegistrations);
        for (CustodyTrip trip : trips) {
            if (trip.batchId() != null) {
                assertTrip(trip);
            }
        }
        assertThat(events.duplicateEventIdentifiers()).isZero();
        assertThat(events.duplicateGlobalIndexes()).isZero();
        assertThat(events.aggregatesWithSequenceGaps()).isEmpty();
        assertThat(events.eventsOutOfGlobalOrder()).isZero();
    }

    private void assertTrip(CustodyTrip trip) {
        int batch = events.count(trip.batchId());
        Step open = trip.stoppedAt();
        if (open == null) {
            assertThat(batch).as("events of the completed trip's batch").isEqualTo(trip.batchEvents());
            assertThat(events.count(trip.manifestId())).isEqualTo(trip.manifestEvents());
            return;
        }
        boolean unanswered = trip.stopAnswer().unanswered();
        // a step that appends to the batch shows in its stream; a custody step only in its manifest's
        boolean committed;
        if (open.batchEvents > 0) {
            committed = batch == trip.batchEvents() + open.batchEvents;
        } else if (open == Step.DRAFT) {
            committed = draftsNaming(trip) > 0;
        } else {
            committed = events.count(trip.manifestId()) == trip.manifestEvents() + trip.manifestEvents(open);
        }
        assertThat(committed && !unanswered).as("a refused %s stored nothing", open).isFalse();
        int expectedBatch = trip.batchEvents() + (committed ? open.batchEvents : 0);
        assertThat(batch).as("events of batch %s after %s %s", trip.batchId(), open,
                committed ? "committed" : "not committed").isEqualTo(expectedBatch);
        if (open == Step.DRAFT) {
            assertThat(draftsNaming(trip)).as("manifests drafted for batch %s", trip.batchId())
                    .isEqualTo(committed ? 1 : 0);
            return;
        }
        if (trip.manifestId() != null) {
            int expectedManifest = trip.manifestEvents() + (committed ? trip.manifestEvents(open) : 0);
            assertThat(events.count(trip.manifestId())).as("events of manifest %s after %s %s", trip.manifestId(),
                    open, committed ? "committed" : "not committed").isEqualTo(expectedManifest);
        }
        if (open == Step.RECEIPT) {
            // The receipt holds room on the receiver in a step of its own before the manifest records it: one not
            // committed may have left a hold (it expires) and is never admitted; a committed one holds, and its
            // process admits it, at once or after the restart (CrashRecoveryIT waits for that).
            assertThat(receiverEvents(trip, "AdmissionReserved")).as("the receiver's hold for manifest %s",
                    trip.manifestId()).isBetween(committed ? 1L : 0L, 1L);
            assertThat(receiverEvents(trip, "WasteAdmitted")).as("the receiver's admission of manifest %s",
                    trip.manifestId()).isBetween(0L, committed ? 1L : 0L);
        }
    }

    /** Every receipt is admitted exactly once, by the process that follows it. */
    boolean everyReceiptAdmittedOnce() {
        return events.ofType("WasteAdmitted") == events.ofType("ManifestReceived");
    }

    private long draftsNaming(CustodyTrip trip) {
        return events.jdbc().queryForObject("""
                select count(*) from domain_event_entry where payload_type like '%.ManifestDrafted'
                and convert_from(payload, 'UTF8') like ?""", Long.class, "%" + trip.batchId() + "%");
    }

    private long receiverEvents(CustodyTrip trip, String type) {
        return events.jdbc().queryForObject("""
                select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type like ?
                and convert_from(payload, 'UTF8') like ?""", Long.class, parties.receiver().toString(),
                "%." + type, "%" + trip.manifestId() + "%");
    }
}
