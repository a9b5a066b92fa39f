package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.catalogue.HazardRequirement;
import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCategory;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.haztrail.batch.command.BatchSamples.*;
import static cn.haztrail.catalogue.HazardCharacteristic.C;
import static cn.haztrail.catalogue.HazardCharacteristic.I;
import static cn.haztrail.catalogue.HazardCharacteristic.In;
import static cn.haztrail.catalogue.HazardCharacteristic.R;
import static cn.haztrail.catalogue.HazardCharacteristic.T;
import static cn.haztrail.support.Refusals.refused;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Registration of a batch (R06), its label id (R07) and its storage clock (R09); custody follows from the manifests (CustodyLedgerTest, BatchAllocationTest). */
class WasteBatchTest {

    private final FakeCustodyBook book = new FakeCustodyBook();
    private LabelSequences sequences;
    private AggregateTestFixture<WasteBatch> fixture;

    @BeforeEach
    void setUp() {
        sequences = firstOfTheDay();
        fixture = fixture(sequences, TestStepTimes.notUnderTest(), book);
    }

    @Test
    void R06_a_batch_of_a_listed_code_is_registered_in_storage_and_its_storage_clock_starts() {
        fixture.givenCurrentTime(NOW)
                .when(registerOil())
                .expectEvents(registered())
                .expectScheduledDeadlineWithName(LIMIT, WasteBatch.STORAGE_LIMIT);
    }

    @Test
    void R06_an_unlisted_code_is_refused_and_draws_no_label_number() {
        fixture.givenCurrentTime(NOW)
                .when(register("900-999-08", T, I))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "wasteCode"));
        verify(sequences, never()).next(any(), any(), any());
    }

    @Test
    void R06_a_malformed_code_is_refused() {
        fixture.givenCurrentTime(NOW)
                .when(register("HW08", T, I))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "wasteCode"));
    }

    @Test
    void R06_an_unknown_edition_is_refused() {
        var command = registerOil();
        fixture.givenCurrentTime(NOW)
                .when(new RegisterBatch(BATCH, PRODUCER, CREDIT_CODE, "2019", CODE, DECLARED, PhysicalForm.LIQUID,
                        DRUMS, command.hazards(), command.mainComponents(), GENERATED, command.storageLocation()))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "edition"));
    }

    @Test
    void R06_a_code_listed_only_in_another_edition_is_refused_in_the_edition_named() {
        fixture = withEdition2025("900-998-49");

        fixture.givenCurrentTime(NOW)
                .when(register("900-998-49", T))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "wasteCode"));
    }

    @Test
    void R06_a_code_is_registered_in_the_edition_that_lists_it() {
        fixture = withEdition2025("900-998-49");
        var command = register("900-998-49", T);

        fixture.givenCurrentTime(NOW)
                .when(new RegisterBatch(BATCH, PRODUCER, CREDIT_CODE, "2025", "900-998-49", DECLARED,
                        PhysicalForm.LIQUID, DRUMS, command.hazards(), command.mainComponents(), GENERATED,
                        command.storageLocation()))
                .expectEvents(new BatchRegistered(BATCH, PRODUCER, CREDIT_CODE + "90099849" + "20261120" + "001",
                        "2025", "900-998-49", DECLARED, PhysicalForm.LIQUID, DRUMS, List.of(T),
                        command.mainComponents(), GENERATED, command.storageLocation(), LIMIT));
    }

    @Test
    void R06_a_batch_cannot_drop_the_certain_characteristic() {
        fixture.givenCurrentTime(NOW)
                .when(register(CODE, I))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "hazardCharacteristics"));
    }

    @Test
    void R06_a_one_or_more_notation_needs_at_least_one_of_its_characteristics() {
        fixture.givenCurrentTime(NOW)
                .when(register("900-017-14", In))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "hazardCharacteristics"));
    }

    @Test
    void R06_one_of_a_one_or_more_notation_is_enough() {
        fixture.givenCurrentTime(NOW)
                .when(register("900-017-14", R))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void R06_a_batch_may_add_characteristics_and_they_are_kept_once_in_list_order() {
        var expected = registered();
        fixture.givenCurrentTime(NOW)
                .when(register(CODE, C, I, T, I))
                .expectEvents(new BatchRegistered(BATCH, PRODUCER, LABEL, "2021", CODE, DECLARED,
                        PhysicalForm.LIQUID, DRUMS, List.of(T, C, I), expected.mainComponents(), GENERATED,
                        expected.storageLocation(), LIMIT));
    }

    @Test
    void R06_a_quantity_must_be_positive() {
        var command = registerOil();
        fixture.givenCurrentTime(NOW)
                .when(new RegisterBatch(BATCH, PRODUCER, CREDIT_CODE, "2021", CODE, Quantity.kg("0"),
                        PhysicalForm.LIQUID, DRUMS, command.hazards(), command.mainComponents(), GENERATED,
                        command.storageLocation()))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "quantity"));
    }

    @Test
    void R06_a_batch_has_at_least_one_container() {
        var command = registerOil();
        fixture.givenCurrentTime(NOW)
                .when(new RegisterBatch(BATCH, PRODUCER, CREDIT_CODE, "2021", CODE, DECLARED, PhysicalForm.LIQUID,
                        new Packaging(PackagingType.DRUM, 0),
                        command.hazards(), command.mainComponents(), GENERATED, command.storageLocation()))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R06", "packaging.count"));
    }

    @Test
    void a_batch_cannot_be_generated_in_the_future() {
        fixture.givenCurrentTime(NOW)
                .when(register(CODE, NOW.plusSeconds(60), T, I))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, null, "generatedAt"));
    }

    @Test
    void R07_the_label_id_is_credit_code_compact_code_generation_day_in_shanghai_and_sequence() {
        when(sequences.next(PRODUCER, CODE, LocalDate.of(2026, 11, 21))).thenReturn(7);
        Instant lateEvening = Instant.parse("2026-11-20T17:30:00Z");
        var expected = registered();

        fixture.givenCurrentTime(NOW)
                .when(register(CODE, lateEvening, T, I))
                .expectEvents(new BatchRegistered(BATCH, PRODUCER, CREDIT_CODE + "90024908" + "20261121" + "007",
                        "2021", CODE, DECLARED, PhysicalForm.LIQUID, DRUMS, List.of(T, I), expected.mainComponents(),
                        lateEvening, expected.storageLocation(), Instant.parse("2027-11-20T17:30:00Z")));
        verify(sequences).next(PRODUCER, CODE, LocalDate.of(2026, 11, 21));
    }

    @Test
    void R07_a_producer_labels_at_most_999_batches_of_a_code_a_day() {
        when(sequences.next(any(), any(), any())).thenReturn(1000);

        fixture.givenCurrentTime(NOW)
                .when(registerOil())
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R07", "generatedAt"));
    }

    @Test
    void R09_a_batch_of_HW08_is_not_overdue_after_364_days() {
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(registerOil())
                .whenThenTimeElapses(Duration.ofDays(364))
                .expectNoEvents();
    }

    @Test
    void R09_a_batch_of_HW08_still_at_its_producer_is_overdue_after_one_year() {
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(registerOil())
                .whenThenTimeElapses(Duration.ofDays(366))
                .expectEvents(new BatchStorageOverdue(BATCH, PRODUCER, LIMIT))
                .expectTriggeredDeadlinesWithName(WasteBatch.STORAGE_LIMIT);
    }

    @Test
    void R09_an_allocated_batch_not_yet_picked_up_is_still_at_its_producer() {
        book.holding(custody(BatchStatus.ALLOCATED, MANIFEST, null));
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(registerOil())
                .whenThenTimeElapses(Duration.ofDays(366))
                .expectEvents(new BatchStorageOverdue(BATCH, PRODUCER, LIMIT));
    }

    @Test
    void R09_medical_waste_has_48_hours() {
        Instant limit = GENERATED.plus(Duration.ofHours(48));
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(register("841-001-01", In))
                .whenThenTimeElapses(Duration.ofHours(47))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(limit, WasteBatch.STORAGE_LIMIT);
    }

    @Test
    void R09_medical_waste_is_overdue_after_48_hours() {
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(register("841-001-01", In))
                .whenThenTimeElapses(Duration.ofHours(48).plusMinutes(1))
                .expectEvents(new BatchStorageOverdue(BATCH, PRODUCER, GENERATED.plus(Duration.ofHours(48))));
    }

    @Test
    void R09_a_picked_up_batch_never_becomes_overdue() {
        book.holding(custody(BatchStatus.IN_TRANSIT, MANIFEST, null));
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(registerOil())
                .whenThenTimeElapses(Duration.ofDays(400))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void R09_a_batch_returned_to_its_producer_is_watched_again_against_its_original_limit() {
        book.holding(custody(BatchStatus.IN_STORAGE, null, null));
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(registerOil())
                .whenThenTimeElapses(Duration.ofDays(366))
                .expectEvents(new BatchStorageOverdue(BATCH, PRODUCER, LIMIT));
    }

    @Test
    void R09_a_disposed_batch_never_becomes_overdue() {
        book.holding(custody(BatchStatus.DISPOSED, MANIFEST, RECEIVER));
        fixture.givenCurrentTime(GENERATED)
                .andGivenCommands(registerOil())
                .whenThenTimeElapses(Duration.ofDays(400))
                .expectNoEvents();
    }

    /** The shipped 2021 edition plus a made-up 2025 edition that lists one more code. */
    private AggregateTestFixture<WasteBatch> withEdition2025(String code) {
        List<WasteCodeEntry> entries = new ArrayList<>(
                TestReferenceData.wasteCatalogue().search("2021", null, null, 0, 10_000).items());
        entries.add(new WasteCodeEntry("2025", new WasteCategory(49), "其他废物", "非特定行业", WasteCode.parse(code),
                "测试用新增代码", HazardRequirement.parse("T")));
        var catalogue = new WasteCatalogue(entries, "2021");
        var fixture = new AggregateTestFixture<>(WasteBatch.class);
        fixture.registerInjectableResource(sequences);
        fixture.registerInjectableResource(new RegistrationPolicy(catalogue, TestReferenceData.calendar()));
        fixture.registerInjectableResource(mock(DisposalPolicy.class));
        return fixture;
    }
}
