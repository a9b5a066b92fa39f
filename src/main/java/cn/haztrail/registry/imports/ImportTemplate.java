package cn.haztrail.registry.imports;

import cn.haztrail.registry.CreditCode;
import org.apache.commons.csv.CSVFormat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The file to start from: the header row and one example row commented out, in UTF-8 with a byte-order mark. */
final class ImportTemplate {

    private static final String EXAMPLE_CODE = "91360200MA35G8XK2" + CreditCode.checkCharacter("91360200MA35G8XK2");
    /** One value per column, in the order of {@link ImportColumn}. */
    private static final String[] EXAMPLE = {EXAMPLE_CODE, "景德镇市示例环保科技有限公司", "360203",
            "江西省景德镇市珠山区示例路1号", "RECEIVER;CARRIER", "王建国", "0798-8561234", "hse@example.cn",
            "赣危废经字第360200001号", "COMPREHENSIVE", "5000", "2026-01-01", "2030-12-31",
            "HW08:R9;HW17!336-064-17@2000:D10,D1", "赣交运管许可景字360200000123号", "2025-06-01", "2029-05-31",
            "赣H12345/赣交运管景字360200012345号"};

    private ImportTemplate() {
    }

    static byte[] csv() {
        String header = CSVFormat.DEFAULT.format(Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .toArray());
        String example = "# " + CSVFormat.DEFAULT.format((Object[]) EXAMPLE);
        return ("\uFEFF" + header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The example row as an importable line, for tests that prove the template reads. */
    static String exampleRow() {
        return CSVFormat.DEFAULT.format((Object[]) EXAMPLE);
    }
}
