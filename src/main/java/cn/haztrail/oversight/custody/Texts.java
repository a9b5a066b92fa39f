package cn.haztrail.oversight.custody;

import cn.haztrail.shared.domain.Quantity;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small text helpers shared by the summaries. */
final class Texts {

    private Texts() {
    }

    static String quantity(Quantity quantity) {
        return quantity == null ? "no quantity" : quantity.value().toPlainString() + " " + quantity.unit().symbol();
    }

    static String names(List<UUID> ids, EnterpriseNames names, String separator) {
        return ids.stream().map(names::of).collect(Collectors.joining(separator));
    }

    static String labels(List<String> labelIds) {
        return labelIds.isEmpty() ? "none" : String.join(", ", labelIds);
    }
}
