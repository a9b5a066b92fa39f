package cn.haztrail.registry.command;

import cn.haztrail.registry.api.AdmissionReserved;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a receiver remembers of its receipts stays bounded however many it admits (the snapshot stops growing). */
class AdmissionMemoryTest {

    private static final UUID LICENCE = UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");

    @Test
    void R04_bounded_memory_holds_only_the_pending_holds_however_many_receipts_were_admitted() {
        AdmissionMemory memory = new AdmissionMemory();
        for (int year = 2026; year <= 2030; year++) {
            for (int i = 0; i < 1000; i++) {
                UUID manifest = UUID.randomUUID();
                memory.reserved(new AdmissionReserved(UUID.randomUUID(), LICENCE, manifest,
                        LocalDate.of(year, 1, 1), BigDecimal.ONE, List.of(), Instant.EPOCH));
                memory.ended(manifest);
            }
        }
        memory.reserved(new AdmissionReserved(UUID.randomUUID(), LICENCE, UUID.randomUUID(),
                LocalDate.of(2030, 1, 1), new BigDecimal("7"), List.of(), Instant.EPOCH));

        assertThat(memory.remembered()).as("the one hold still pending").isEqualTo(1);
        assertThat(memory.held(LICENCE, LocalDate.of(2030, 1, 1))).isEqualByComparingTo("7");
    }
}
