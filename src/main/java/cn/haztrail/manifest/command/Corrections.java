package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.FieldChange;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Turns a proposed set of new values into the field-level diff R20 keeps in history. */
final class Corrections {

    private Corrections() {
    }

    static List<FieldChange> diff(Map<String, String> proposed, Map<CorrectableField, String> current) {
        if (proposed == null || proposed.isEmpty()) {
            throw CommandRefused.ruleViolated("R20", "changes",
                    Translatable.of("refused.manifest.correction-without-change"));
        }
        return new TreeMap<>(proposed).entrySet().stream().map(change -> {
            CorrectableField field = CorrectableField.of(change.getKey()).orElseThrow(() -> CommandRefused.ruleViolated(
                    "R20", "changes." + change.getKey(), Translatable.of("refused.manifest.field-not-correctable")));
            String old = current.get(field);
            if (Objects.equals(old, change.getValue())) {
                throw CommandRefused.ruleViolated("R20", "changes." + change.getKey(),
                        Translatable.of("refused.manifest.value-unchanged"));
            }
            return new FieldChange(field.field(), old, change.getValue());
        }).toList();
    }
}
