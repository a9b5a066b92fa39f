package cn.haztrail.catalogue;

import java.util.Arrays;

/**
 * What a utilization/disposal method does with the waste, in the hierarchy the plans demand (utilization first,
 * incineration as the guarantee, landfill as the last resort). Indicators count by kind; storage and collection are
 * not final treatment, so waste under them is still in stock (rule R05 keeps collection-only licences to them).
 */
public enum MethodKind {
    UTILIZATION("utilization", "利用"),
    INCINERATION("incineration", "焚烧"),
    CO_PROCESSING("co-processing", "水泥窑协同处置"),
    LANDFILL("landfill", "填埋"),
    OTHER_DISPOSAL("other-disposal", "其他处置"),
    STORAGE_COLLECTION("storage-collection", "贮存/收集");

    private final String csvName;
    private final String labelZh;

    MethodKind(String csvName, String labelZh) {
        this.csvName = csvName;
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** False only for storage/collection: the waste has not been utilized or disposed of yet. */
    public boolean isFinal() {
        return this != STORAGE_COLLECTION;
    }

    /** Final treatment that is not utilization; co-processing counts as disposal. */
    public boolean isDisposal() {
        return isFinal() && this != UTILIZATION;
    }

    /** Parses the {@code kind} column of {@code methods.csv}, e.g. {@code co-processing}. */
    static MethodKind fromCsv(String value) {
        return Arrays.stream(values())
                .filter(k -> k.csvName.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown method kind '" + value + "'"));
    }
}
