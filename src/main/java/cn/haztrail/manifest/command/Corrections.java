package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.FieldChange;
import cn.haztrail.shared.domain.CommandRefused;

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
            throw CommandRefused.ruleViolated("R20", "changes", "a correction changes at least one field");
        }
        return new TreeMap<>(proposed).entrySet().stream().map(change -> {
            CorrectableField field = CorrectableField.of(change.getKey()).orElseThrow(() -> CommandRefused.ruleViolated(
                    "R20", "changes." + change.getKey(), "only plannedDate, vehiclePlate, plannedMethod and "
                            + "emergencyMeasures can be corrected"));
            String old = current.get(field);
            if (Objects.equals(old, change.getValue())) {
                throw CommandRefused.ruleViolated("R20", "changes." + change.getKey(), "the value is unchanged");
            }
            return new FieldChange(field.field(), old, change.getValue());
        }).toList();
    }
}
