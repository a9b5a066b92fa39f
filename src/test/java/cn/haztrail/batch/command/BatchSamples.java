package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.custody.Custody;
import cn.haztrail.batch.custody.CustodyBook;
import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.catalogue.HazardCharacteristic.I;
import static cn.haztrail.catalogue.HazardCharacteristic.T;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** One batch of waste mineral oil (900-249-08, T,I) of the demo chemical plant, and the steps of its custody chain. */
final class BatchSamples {

    static final UUID BATCH = UUID.fromString("0b5e1c7a-2d4f-4e8a-9b1c-3d5e7f9a1b2c");
    static final UUID PRODUCER = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final UUID OTHER_PRODUCER = UUID.fromString("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
    static final UUID CARRIER = UUID.fromString("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    static final UUID RECEIVER = UUID.fromString("8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a");
    static final UUID OTHER_RECEIVER = UUID.fromString("9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b");
    static final UUID MANIFEST = UUID.fromString("a0f1a2b3-c4d5-4e6f-9a7b-8c9d0e1f2a3b");
    static final UUID FOLLOW_ON = UUID.fromString("b1a2b3c4-d5e6-4f7a-8b8c-9d0e1f2a3b4c");
    static final UUID THIRD = UUID.fromString("c2b3c4d5-e6f7-4a8b-9c9d-0e1f2a3b4c5d");
    static final String CREDIT_CODE = "91360200MA35G8XK2H";
    static final String CODE = "900-249-08";
    static final String NAME = "其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物";
    /** 09:30 on 2026-11-20 in Shanghai. */
    static final Instant GENERATED = Instant.parse("2026-11-20T01:30:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final Instant LIMIT = Instant.parse("2027-11-20T01:30:00Z");
    static final String LABEL = CREDIT_CODE + "90024908" + "20261120" + "001";
    static final Quantity DECLARED = Quantity.kg("1250.5");
    static final Packaging DRUMS = new Packaging(PackagingType.DRUM, 4);
    static final Instant PICKED_UP = Instant.parse("2026-11-23T01:00:00Z");
    static final Instant ARRIVED = Instant.parse("2026-11-23T03:00:00Z");
    /** 01:00 on 2026-11-24 in Shanghai: the receipt day is the 24th there. */
    static final Instant RECEIVED = Instant.parse("2026-11-23T17:00:00Z");
    static final Quantity ACCEPTED = Quantity.tonnes("1.2");

    private BatchSamples() {
    }

    static AggregateTestFixture<WasteBatch> fixture(LabelSequences sequences) {
        return fixture(sequences, TestStepTimes.notUnderTest());
    }

    static AggregateTestFixture<WasteBatch> fixture(LabelSequences sequences, StepTimes times) {
        return fixture(sequences, times, new FakeCustodyBook());
    }

    static AggregateTestFixture<WasteBatch> fixture(LabelSequences sequences, StepTimes times, CustodyBook book) {
        var fixture = new AggregateTestFixture<>(WasteBatch.class);
        fixture.registerInjectableResource(book);
        fixture.registerInjectableResource(sequences);
        fixture.registerInjectableResource(times);
        fixture.registerInjectableResource(new RegistrationPolicy(TestReferenceData.wasteCatalogue(),
                TestReferenceData.calendar()));
        fixture.registerInjectableResource(new DisposalPolicy(TestReferenceData.methodCatalogue(),
                TestReferenceData.calendar()));
        return fixture;
    }

    static LabelSequences firstOfTheDay() {
        LabelSequences sequences = mock(LabelSequences.class);
        when(sequences.next(any(), any(), any())).thenReturn(1);
        return sequences;
    }

    static RegisterBatch register(String code, HazardCharacteristic... hazards) {
        return register(code, GENERATED, hazards);
    }

    static RegisterBatch register(String code, Instant generatedAt, HazardCharacteristic... hazards) {
        return new RegisterBatch(BATCH, PRODUCER, CREDIT_CODE, "2021", code, DECLARED, PhysicalForm.LIQUID, DRUMS,
                List.of(hazards), "废矿物油 95%，水 5%", generatedAt, "1号危废暂存间 A-03");
    }

    static RegisterBatch registerOil() {
        return register(CODE, T, I);
    }

    static BatchRegistered registered() {
        return new BatchRegistered(BATCH, PRODUCER, LABEL, "2021", CODE, DECLARED, PhysicalForm.LIQUID, DRUMS,
                List.of(T, I), "废矿物油 95%，水 5%", GENERATED, "1号危废暂存间 A-03", LIMIT);
    }

    static BatchAllocated allocated(UUID manifest) {
        return new BatchAllocated(BATCH, manifest, null);
    }

    static BatchPickedUp pickedUp(UUID manifest) {
        return new BatchPickedUp(BATCH, manifest, CARRIER, PICKED_UP);
    }

    static BatchDelivered delivered(UUID manifest, UUID receiver) {
        return new BatchDelivered(BATCH, manifest, receiver, ARRIVED);
    }

    static BatchReceived received() {
        return new BatchReceived(BATCH, MANIFEST, RECEIVER, ACCEPTED, false, RECEIVED);
    }

    static BatchRejected rejected() {
        return new BatchRejected(BATCH, MANIFEST, RECEIVER, "包装破损", ARRIVED);
    }

    /** The sample batch's custody as the command side's table holds it. */
    static Custody custody(BatchStatus status, UUID manifest, UUID acceptedBy) {
        boolean received = acceptedBy != null;
        return new Custody(BATCH, PRODUCER, status, manifest, null, LABEL, "2021", CODE, "废矿物油", DECLARED,
                PhysicalForm.LIQUID, DRUMS, List.of(T, I), GENERATED, LIMIT, acceptedBy, received ? ACCEPTED : null,
                received ? RECEIVED : null);
    }

    /** Accepted by {@code receiver} on {@link #MANIFEST} with {@link #ACCEPTED} at {@link #RECEIVED}. */
    static Custody receivedBy(UUID receiver) {
        return custody(BatchStatus.RECEIVED, MANIFEST, receiver);
    }

    /** Registered, allocated, picked up and delivered to {@link #RECEIVER} on {@link #MANIFEST}. */
    static List<Object> arrived() {
        return List.of(registered(), allocated(MANIFEST), pickedUp(MANIFEST), delivered(MANIFEST, RECEIVER));
    }
}
