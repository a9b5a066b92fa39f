package cn.haztrail.documents;

import cn.haztrail.oversight.custody.CustodyChainView;
import cn.haztrail.oversight.custody.CustodyEntryView;
import cn.haztrail.oversight.custody.CustodyStateView;
import cn.haztrail.oversight.integrity.IntegrityStatus;
import cn.haztrail.oversight.integrity.StreamHead;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a chain of custody out for inspections (R24), A4 landscape: what it is about and where the waste stands,
 * every entry in order with actor, business time, recording time and its late-entry, discrepancy and refusal marks,
 * then each stream read with its hash head and whether its chain verifies (R23).
 */
final class CustodyPdf {

    private final PdfKit kit;

    CustodyPdf(ZoneId zone) {
        this.kit = new PdfKit(zone);
    }

    byte[] render(CustodyChainView chain, List<StreamHead> heads, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfKit.a4(true);
        boolean broken = heads.stream().anyMatch(head -> head.status() != IntegrityStatus.OK);
        PdfKit.open(document, out, "危险废物全过程记录 " + subject(chain), new PageDecoration(kit, List.of(
                "打印时间：" + kit.time(printedAt) + "（" + kit.zone.getId() + "）。数据流校验"
                        + (broken ? "未通过：记录可能被改动，见“数据流”一节。" : "通过。")
                        + "本件为系统记录的打印副本，以系统记录为准。"), null));
        document.add(new Paragraph("危险废物全过程记录（产生—转移—运输—利用处置）", kit.title));
        document.add(new Paragraph(subject(chain) + "　　当前状态：" + chain.state().status() + "　　持有人："
                + holder(chain.state()) + "　　方法：" + PdfKit.text(chain.state().method()), kit.value));
        if (chain.truncated()) {
            document.add(new Paragraph("注意：记录超出上限，以下内容不完整。", kit.heading));
        }
        kit.section(document, "一、记录（按发生时间排序）");
        document.add(entries(chain.entries()));
        kit.section(document, "二、数据流及完整性校验");
        document.add(streams(chain, heads));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable entries(List<CustodyEntryView> entries) {
        PdfPTable table = PdfKit.table(new float[]{0.5f, 1.5f, 1.5f, 2.2f, 2.4f, 4.6f, 1.6f});
        for (String caption : List.of("序号", "发生时间", "记录时间", "事件", "单位（角色）", "说明", "标注")) {
            table.addCell(kit.label(caption));
        }
        table.setHeaderRows(1);
        for (CustodyEntryView entry : entries) {
            table.addCell(kit.value(String.valueOf(entry.position())));
            table.addCell(kit.value(kit.time(entry.businessTime())));
            table.addCell(kit.value(kit.time(entry.recordedAt())));
            table.addCell(kit.cell(FormTexts.step(entry.eventType()), kit.small, 1));
            table.addCell(kit.value(actor(entry.actor())));
            table.addCell(kit.cell(entry.summary(), kit.small, 1));
            table.addCell(kit.cell(marks(entry), kit.small, 1));
        }
        return table;
    }

    private PdfPTable streams(CustodyChainView chain, List<StreamHead> heads) {
        PdfPTable table = PdfKit.table(new float[]{1.4f, 2.6f, 0.8f, 4.6f, 0.8f});
        for (String caption : List.of("类型", "数据流", "事件数", "哈希头", "校验")) {
            table.addCell(kit.label(caption));
        }
        for (int i = 0; i < chain.streams().size(); i++) {
            StreamHead head = heads.get(i);
            table.addCell(kit.value(chain.streams().get(i).aggregateType()));
            table.addCell(kit.cell(head.streamId(), kit.small, 1));
            table.addCell(kit.value(String.valueOf(head.sequence() + 1)));
            table.addCell(kit.cell(PdfKit.text(head.hash()), kit.small, 1));
            table.addCell(kit.value(head.status() == IntegrityStatus.OK ? "通过" : "未通过"));
        }
        return table;
    }

    private static String marks(CustodyEntryView entry) {
        List<String> marks = new ArrayList<>();
        if (entry.lateEntry() != null) {
            marks.add(FormTexts.of(entry.lateEntry()));
        }
        if (entry.discrepancyKinds() != null && !entry.discrepancyKinds().isEmpty()) {
            marks.add("差异：" + String.join("、", entry.discrepancyKinds().stream().map(Enum::name).toList()));
        }
        if (entry.refusalRule() != null) {
            marks.add("拒绝：" + entry.refusalRule());
        }
        return String.join("\n", marks);
    }

    private static String actor(CustodyEntryView.CustodyActor actor) {
        if (actor == null) {
            return "";
        }
        String who = actor.enterpriseName() != null ? actor.enterpriseName() : PdfKit.text(actor.accountId());
        return actor.role() == null ? who : who + "（" + actor.role() + "）";
    }

    private static String subject(CustodyChainView chain) {
        CustodyStateView state = chain.state();
        if ("MANIFEST".equals(chain.subjectType())) {
            String number = state.manifests().stream().filter(m -> chain.subjectId().equals(m.manifestId()))
                    .map(CustodyStateView.CustodyManifestState::number).filter(n -> n != null).findFirst()
                    .orElse(chain.subjectId().toString());
            return "联单：" + number;
        }
        String label = state.batches().stream().filter(b -> chain.subjectId().equals(b.batchId()))
                .map(CustodyStateView.CustodyBatchState::labelId).findFirst().orElse(chain.subjectId().toString());
        return "批次：" + label;
    }

    private static String holder(CustodyStateView state) {
        return state.custodyHolder() == null ? "" : PdfKit.text(state.custodyHolder().name());
    }
}
