package cn.haztrail.documents;

import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.time.LateEntryReason;

import java.util.Map;

/** The Chinese words of the national form (危险废物转移联单) for HazTrail's codes; a code without one prints as is. */
final class FormTexts {

    private static final Map<Enum<?>, String> WORDS = Map.ofEntries(
            Map.entry(ManifestKind.TRANSFER, "转移"), Map.entry(ManifestKind.RETURN, "退回"),
            Map.entry(ManifestKind.REDIRECT, "改道转移"),
            Map.entry(ManifestStatus.DRAFT, "草稿"), Map.entry(ManifestStatus.SUBMITTED, "已提交"),
            Map.entry(ManifestStatus.CANCELLED, "已作废"), Map.entry(ManifestStatus.IN_TRANSIT, "运输中"),
            Map.entry(ManifestStatus.ARRIVED, "已运抵"), Map.entry(ManifestStatus.RECEIVED, "已接收"),
            Map.entry(PhysicalForm.SOLID, "固态"), Map.entry(PhysicalForm.SEMI_SOLID, "半固态"),
            Map.entry(PhysicalForm.LIQUID, "液态"), Map.entry(PhysicalForm.GAS, "气态"),
            Map.entry(PackagingType.DRUM, "桶"), Map.entry(PackagingType.BAG, "袋"), Map.entry(PackagingType.BOX, "箱"),
            Map.entry(PackagingType.TON_BAG, "吨袋"), Map.entry(PackagingType.IBC, "IBC吨桶"),
            Map.entry(PackagingType.TANK, "罐"), Map.entry(PackagingType.BULK, "散装"),
            Map.entry(PackagingType.OTHER, "其他"),
            Map.entry(LineDecision.ACCEPT, "接收"), Map.entry(LineDecision.PARTIAL, "部分接收"),
            Map.entry(LineDecision.REJECT, "拒收"),
            Map.entry(ReceiptOutcome.ACCEPTED, "全部接收"), Map.entry(ReceiptOutcome.PARTIALLY_ACCEPTED, "部分接收"),
            Map.entry(ReceiptOutcome.REJECTED, "拒收"),
            Map.entry(LateEntryReason.PAPER_BACKFILL, "补录：纸质联单"),
            Map.entry(LateEntryReason.SYSTEM_OUTAGE, "补录：系统故障"),
            Map.entry(LateEntryReason.DEVICE_OFFLINE, "补录：设备离线"));

    /** What happened, per event type of the custody chain. */
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("ManifestDrafted", "填报"), Map.entry("ManifestSubmitted", "移出人确认（签字提交）"),
            Map.entry("ManifestCancelled", "作废"), Map.entry("LoadingRefused", "拒绝装车"),
            Map.entry("ManifestPickedUp", "承运人确认（装车）"), Map.entry("HandoverOffered", "交接发起"),
            Map.entry("HandoverCompleted", "承运人交接确认"), Map.entry("ManifestArrived", "运抵确认"),
            Map.entry("DiscrepancyRecorded", "差异记录"), Map.entry("ManifestReceived", "接受人确认（接收）"),
            Map.entry("ReceiptOverdue", "逾期未确认接收"), Map.entry("FollowOnLinked", "关联后续联单"),
            Map.entry("CorrectionProposed", "更正申请"), Map.entry("CorrectionApproved", "更正同意"),
            Map.entry("CorrectionRejected", "更正驳回"), Map.entry("CorrectionApplied", "更正生效"),
            Map.entry("RefusalRecorded", "拒绝记录"),
            Map.entry("BatchRegistered", "废物登记"), Map.entry("BatchAllocated", "列入联单"),
            Map.entry("BatchPickedUp", "批次装车"), Map.entry("BatchDelivered", "批次运抵"),
            Map.entry("BatchReceived", "批次接收"), Map.entry("BatchDisposed", "利用处置"),
            Map.entry("BatchRejected", "批次拒收"), Map.entry("BatchReleased", "批次移出联单"),
            Map.entry("BatchStorageOverdue", "贮存超期"), Map.entry("BatchReturnedToStorage", "退回贮存"),
            Map.entry("BatchRepacked", "拆分合并"));

    private FormTexts() {
    }

    static String of(Enum<?> code) {
        return code == null ? "" : WORDS.getOrDefault(code, code.name());
    }

    static String packaging(Packaging packaging) {
        return packaging == null ? "" : of(packaging.type()) + " × " + packaging.count();
    }

    static String step(String eventType) {
        String word = STEPS.get(eventType);
        return word == null ? eventType : word + " " + eventType;
    }
}
