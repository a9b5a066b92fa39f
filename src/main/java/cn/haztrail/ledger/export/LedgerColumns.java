package cn.haztrail.ledger.export;

import cn.haztrail.ledger.query.LedgerLine;
import cn.haztrail.ledger.query.Movement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The columns of an exported ledger or register, headed in Chinese as the ledger is kept (HJ 1259-2022). The person
 * responsible is exported as the reference the ledger holds, never a name.
 */
final class LedgerColumns {

    static final List<String> HEADERS = List.of("日期", "时间", "环节", "废物代码", "标签编号", "批次编号", "联单编号",
            "数量", "单位", "折合吨", "包装方式", "容器数量", "贮存地点", "利用处置方式", "对方单位编号", "对方单位名称",
            "经办人引用", "备注");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Map<Movement, String> MOVEMENTS = Map.of(Movement.GENERATED, "产生入库",
            Movement.SHIPPED, "出库转移", Movement.TRANSPORTED, "运输", Movement.RECEIVED, "接收入库",
            Movement.DISPOSED, "利用处置", Movement.REPACKED_OUT, "拆分合并出库", Movement.REPACKED_IN, "拆分合并入库",
            Movement.REPACK_LOSS, "拆分合并损耗");

    private LedgerColumns() {
    }

    /** The cells of one line, in header order: numbers as numbers, everything else as text (null: empty). */
    static List<Object> cells(LedgerLine line, ZoneId zone, Function<UUID, String> names) {
        return Arrays.asList(line.occurredOn().toString(), TIME.format(line.occurredAt().atZone(zone)),
                MOVEMENTS.get(line.movement()), line.wasteCode(), line.labelId(), line.batchId().toString(),
                line.manifestNumber(), line.quantityValue(), line.quantityUnit(), line.tonnes(),
                line.packagingType(), line.containers(), line.storageLocation(), line.methodCode(),
                line.counterpartyId() == null ? null : line.counterpartyId().toString(),
                line.counterpartyId() == null ? null : names.apply(line.counterpartyId()), line.responsibleRef(),
                line.note());
    }
}
