package cn.haztrail.contract;

import cn.haztrail.approval.api.ApprovalDrawExpired;
import cn.haztrail.approval.api.ApprovalDrawOverrun;
import cn.haztrail.approval.api.ApprovalDrawReleased;
import cn.haztrail.approval.api.ApprovalDrawReserved;
import cn.haztrail.approval.api.ApprovalQuantityDrawn;
import cn.haztrail.approval.api.ApprovalRecorded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the cross-province approval's events. */
final class ApprovalEventSamples {

    static final UUID APPROVAL = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    static final UUID CONSIGNOR = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    static final UUID RECEIVER = UUID.fromString("7196e4a4-fc4c-3250-b037-02618d373ba5");
    static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");

    private ApprovalEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new ApprovalRecorded(APPROVAL, "赣环固审〔2026〕18号", CONSIGNOR, RECEIVER,
                        List.of("900-214-08", "900-249-08"), "R9", new BigDecimal("500.000"),
                        LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28),
                        Instant.parse("2026-02-26T01:00:00Z")),
                new ApprovalQuantityDrawn(APPROVAL, MANIFEST, new BigDecimal("12.480"), new BigDecimal("412.480")),
                new ApprovalDrawReserved(APPROVAL, MANIFEST, new BigDecimal("12.480"),
                        Instant.parse("2026-05-04T06:30:00Z")),
                new ApprovalDrawReleased(APPROVAL, MANIFEST, new BigDecimal("12.480"), "接收被拒：R17"),
                new ApprovalDrawExpired(APPROVAL, MANIFEST, new BigDecimal("12.480"),
                        Instant.parse("2026-05-04T06:30:00Z")),
                new ApprovalDrawOverrun(APPROVAL, MANIFEST, new BigDecimal("12.480"), new BigDecimal("0.480")));
    }
}
