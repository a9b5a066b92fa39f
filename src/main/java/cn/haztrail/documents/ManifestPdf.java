package cn.haztrail.documents;

import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.oversight.integrity.IntegrityStatus;
import cn.haztrail.oversight.integrity.StreamHead;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * Lays a {@link ManifestSheet} out as the national transfer manifest (危险废物转移联单) on A4: number and QR code,
 * consignor, carriers with vehicles and drivers, receiver, the waste lines declared and accepted, every confirmation
 * with its time, and a footer with the stream's hash head and the printing time. A draft is watermarked 草稿 无效 and
 * a cancelled manifest 已作废: neither is a manifest the waste may travel on.
 */
final class ManifestPdf {

    private final PdfKit kit;

    ManifestPdf(ZoneId zone) {
        this.kit = new PdfKit(zone);
    }

    byte[] render(ManifestSheet sheet) {
        ManifestView m = sheet.manifest();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfKit.a4(false);
        PdfWriter writer = PdfKit.open(document, out, "危险废物转移联单 " + (m.number() == null ? "草稿" : m.number()),
                new PageDecoration(kit, footer(sheet), watermark(m.status())));
        header(document, writer, sheet);
        kit.section(document, "一、移出人");
        document.add(partyTable(sheet.consignor(), "经营许可证编号"));
        kit.section(document, "二、承运人");
        document.add(carriers(sheet.carriers()));
        kit.section(document, "三、接受人");
        document.add(partyTable(sheet.receiver(), "经营许可证编号"));
        kit.section(document, "四、危险废物");
        document.add(lines(sheet.lines()));
        document.add(transfer(m));
        kit.section(document, "五、各方确认");
        document.add(steps(sheet.steps()));
        document.close();
        return out.toByteArray();
    }

    private void header(Document document, PdfWriter writer, ManifestSheet sheet) {
        ManifestView m = sheet.manifest();
        PdfPTable table = new PdfPTable(new float[]{5, 1.3f});
        table.setWidthPercentage(100);
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        Paragraph title = new Paragraph("危险废物转移联单" + (m.status() == ManifestStatus.DRAFT ? "（草稿，无效）" : ""),
                kit.title);
        text.addElement(title);
        text.addElement(new Paragraph("联单编号：" + (m.number() == null ? "（提交后生成）" : m.number())
                + "　　类型：" + FormTexts.of(m.kind()) + "　　状态：" + FormTexts.of(m.status()), kit.value));
        text.addElement(new Paragraph("起运地：" + sheet.origin() + "　　目的地：" + sheet.destination()
                + "　　计划转移日期：" + (m.plannedDate() == null ? ""
                : m.plannedDate().toString()), kit.value));
        text.addElement(new Paragraph("扫码核对：" + sheet.qrPayload(), kit.small));
        table.addCell(text);
        PdfPCell qr = new PdfPCell(PdfKit.qrCode(writer, sheet.qrPayload(), 80), false);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(qr);
        document.add(table);
    }

    private PdfPTable partyTable(ManifestSheet.Party party, String licenceCaption) {
        PdfPTable table = PdfKit.table(new float[]{1.3f, 3, 1.5f, 2.2f});
        table.addCell(kit.label("单位名称"));
        table.addCell(kit.value(party.name()));
        table.addCell(kit.label("统一社会信用代码"));
        table.addCell(kit.value(party.creditCode()));
        table.addCell(kit.label("地址"));
        table.addCell(kit.value(party.address()));
        table.addCell(kit.label(licenceCaption));
        table.addCell(kit.value(party.licence()));
        return table;
    }

    private PdfPTable carriers(List<ManifestSheet.Carrier> carriers) {
        PdfPTable table = PdfKit.table(new float[]{0.5f, 3, 2, 2.6f, 1.2f, 1});
        for (String caption : List.of("序号", "单位名称", "统一社会信用代码", "道路危险货物运输许可证", "车牌号", "驾驶员")) {
            table.addCell(kit.label(caption));
        }
        int n = 1;
        for (ManifestSheet.Carrier carrier : carriers) {
            table.addCell(kit.value(String.valueOf(n++)));
            table.addCell(kit.value(carrier.party().name()));
            table.addCell(kit.value(carrier.party().creditCode()));
            table.addCell(kit.value(carrier.party().licence()));
            table.addCell(kit.value(carrier.vehiclePlate()));
            table.addCell(kit.value(carrier.driver()));
        }
        return table;
    }

    private PdfPTable lines(List<ManifestSheet.Line> lines) {
        PdfPTable table = PdfKit.table(new float[]{0.5f, 1.3f, 3.6f, 0.8f, 1.1f, 1.3f, 1.3f, 1, 0.9f});
        for (String caption : List.of("序号", "废物代码", "废物名称", "形态", "包装", "申报数量", "接收数量", "接收意见",
                "利用处置方式")) {
            table.addCell(kit.label(caption));
        }
        int n = 1;
        for (ManifestSheet.Line line : lines) {
            ManifestView.Line l = line.line();
            table.addCell(kit.value(String.valueOf(n++)));
            table.addCell(kit.value(l.wasteCode()));
            table.addCell(kit.value(l.wasteName() + "\n" + l.labelId()));
            table.addCell(kit.value(line.form()));
            table.addCell(kit.value(line.packaging()));
            table.addCell(kit.value(PdfKit.quantity(l.declared())));
            table.addCell(kit.value(PdfKit.quantity(l.accepted())));
            table.addCell(kit.value(FormTexts.of(l.decision())
                    + (l.discrepancies().isEmpty() ? "" : "\n差异：" + String.join("、", l.discrepancies()))));
            table.addCell(kit.value(PdfKit.text(l.methodCode())));
        }
        return table;
    }

    private PdfPTable transfer(ManifestView m) {
        PdfPTable table = PdfKit.table(new float[]{1.3f, 2.4f, 1.3f, 2.4f});
        table.addCell(kit.label("拟利用处置方式"));
        table.addCell(kit.value(PdfKit.text(m.plannedMethod())));
        table.addCell(kit.label("接收结果"));
        table.addCell(kit.value(FormTexts.of(m.outcome()) + (m.receivedLate() ? "（逾期）" : "")));
        table.addCell(kit.label("应急措施"));
        table.addCell(kit.value(PdfKit.text(m.emergencyMeasures()), 3));
        if (m.cancelReason() != null) {
            table.addCell(kit.label("作废原因"));
            table.addCell(kit.value(m.cancelReason(), 3));
        }
        return table;
    }

    private PdfPTable steps(List<ManifestSheet.Step> steps) {
        PdfPTable table = PdfKit.table(new float[]{1.7f, 2.4f, 1.5f, 1.5f, 1.1f, 3.2f});
        for (String caption : List.of("环节", "单位", "发生时间", "记录时间", "标注", "说明")) {
            table.addCell(kit.label(caption));
        }
        for (ManifestSheet.Step step : steps) {
            table.addCell(kit.value(step.what()));
            table.addCell(kit.value(step.who()));
            table.addCell(kit.value(kit.time(step.businessTime())));
            table.addCell(kit.value(kit.time(step.recordedAt())));
            table.addCell(kit.value(step.mark()));
            table.addCell(kit.cell(step.summary(), kit.small, 1));
        }
        return table;
    }

    private List<String> footer(ManifestSheet sheet) {
        StreamHead head = sheet.head();
        return List.of("记录核对：数据流 " + head.streamId() + " 第 " + head.sequence() + " 号事件，哈希头 "
                        + PdfKit.text(head.hash()) + "，链校验" + (head.status() == IntegrityStatus.OK ? "通过" : "未通过"),
                "打印时间：" + kit.time(sheet.printedAt()) + "（" + kit.zone.getId() + "）。本件为电子联单的打印副本，以系统记录为准。");
    }

    private static String watermark(ManifestStatus status) {
        return switch (status) {
            case DRAFT -> "草稿 无效";
            case CANCELLED -> "已作废";
            default -> null;
        };
    }
}
