package cn.haztrail.oversight.custody;

import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small text helpers shared by the summaries; what reads differently per language is a translatable. */
final class Texts {

    private Texts() {
    }

    static Object quantity(Quantity quantity) {
        return quantity == null ? Translatable.of("custody.no-quantity")
                : quantity.value().toPlainString() + " " + quantity.unit().symbol();
    }

    static String names(List<UUID> ids, EnterpriseNames names, String separator) {
        return ids.stream().map(names::of).collect(Collectors.joining(separator));
    }

    static Object labels(List<String> labelIds) {
        return labelIds.isEmpty() ? Translatable.of("custody.no-labels") : String.join(", ", labelIds);
    }
}
