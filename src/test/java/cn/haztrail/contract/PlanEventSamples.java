package cn.haztrail.contract;

import cn.haztrail.plan.api.PlanAmended;
import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanFiled;
import cn.haztrail.plan.api.PlanFilingRecorded;
import cn.haztrail.plan.api.PlanLine;
import cn.haztrail.plan.api.PlanReturned;
import cn.haztrail.plan.api.PlannedReceiver;
import cn.haztrail.plan.api.StorageFacility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the management plan's events. */
final class PlanEventSamples {

    static final UUID PLAN = UUID.fromString("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e");
    static final UUID PRODUCER = UUID.fromString("538fd8a0-259c-36ba-86a8-b09e6c110c02");
    static final UUID RECEIVER = UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");

    private PlanEventSamples() {
    }

    static List<Object> all() {
        PlanContents contents = new PlanContents(
                List.of(new PlanLine("336-064-17", new BigDecimal("10.000")),
                        new PlanLine("900-249-08", new BigDecimal("2.500"))),
                List.of(new StorageFacility("1号危废暂存间", "厂区东北角", new BigDecimal("30.000")),
                        new StorageFacility("2号危废暂存间", null, null)),
                List.of(new PlannedReceiver(RECEIVER, "D10")), "改进清洗工艺，废矿物油回收再用");
        return List.of(
                new PlanFiled(PLAN, PRODUCER, "360203", 2026, 1, contents, Instant.parse("2026-01-10T02:00:00Z")),
                new PlanReturned(PLAN, PRODUCER, 2026, 1, "未写明贮存设施容量核算依据", "360200",
                        Instant.parse("2026-01-15T02:00:00Z")),
                new PlanAmended(PLAN, PRODUCER, 2026, 2, contents, Instant.parse("2026-01-18T02:00:00Z")),
                new PlanFilingRecorded(PLAN, PRODUCER, 2026, 2, "景环固计备〔2026〕015号", "360200",
                        Instant.parse("2026-01-20T02:00:00Z")));
    }
}
