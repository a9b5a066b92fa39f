package cn.haztrail.contract;

import cn.haztrail.exemption.api.ExemptionDrawExpired;
import cn.haztrail.exemption.api.ExemptionDrawOverrun;
import cn.haztrail.exemption.api.ExemptionDrawRefused;
import cn.haztrail.exemption.api.ExemptionDrawReleased;
import cn.haztrail.exemption.api.ExemptionDrawReserved;
import cn.haztrail.exemption.api.ExemptionQuantityDrawn;
import cn.haztrail.exemption.api.ExemptionRecorded;
import cn.haztrail.exemption.api.ExemptionRevoked;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the targeted-utilization exemption's events. */
final class ExemptionEventSamples {

    static final UUID EXEMPTION = UUID.fromString("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e");
    static final UUID PRODUCER = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    static final UUID UTILIZER = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");
    static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");

    private ExemptionEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new ExemptionRecorded(EXEMPTION, PRODUCER, UTILIZER, "900-249-08", "R9", new BigDecimal("100.000"),
                        LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), Instant.parse("2026-02-26T01:00:00Z")),
                new ExemptionRevoked(EXEMPTION, "利用单位整改期间暂停", Instant.parse("2026-09-01T02:00:00Z")),
                new ExemptionDrawReserved(EXEMPTION, MANIFEST, new BigDecimal("12.480"),
                        Instant.parse("2026-05-04T06:30:00Z")),
                new ExemptionQuantityDrawn(EXEMPTION, MANIFEST, new BigDecimal("12.480"), new BigDecimal("92.480")),
                new ExemptionDrawReleased(EXEMPTION, MANIFEST, new BigDecimal("12.480"), "接收被拒：R17"),
                new ExemptionDrawExpired(EXEMPTION, MANIFEST, new BigDecimal("12.480"),
                        Instant.parse("2026-05-04T06:30:00Z")),
                new ExemptionDrawOverrun(EXEMPTION, MANIFEST, new BigDecimal("12.480"), new BigDecimal("4.960")),
                new ExemptionDrawRefused(EXEMPTION, MANIFEST, new BigDecimal("12.480"), "R37",
                        "exemption 8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e has 7.52 t left of its 100 t cap; 12.48 t do not fit",
                        "refused.exemption.cap-exceeded",
                        List.of("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e", "7.52", "100", "12.48")));
    }
}
