package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.FieldChange;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The terms of a manifest that a correction may change (R20), as the aggregate remembers them. */
record CorrectableTerms(String plannedDate, String vehiclePlate, String plannedMethod, String emergencyMeasures) {

    /** R13: the waste is loaded onto the vehicle the manifest names. */
    void requireVehicle(String plate) {
        if (!vehiclePlate.equals(plate)) {
            throw CommandRefused.ruleViolated("R13", "vehiclePlate",
                    Translatable.of("refused.manifest.other-vehicle", vehiclePlate, plate));
        }
    }

    Map<CorrectableField, String> values() {
        Map<CorrectableField, String> values = new LinkedHashMap<>();
        values.put(CorrectableField.PLANNED_DATE, plannedDate);
        values.put(CorrectableField.VEHICLE_PLATE, vehiclePlate);
        values.put(CorrectableField.PLANNED_METHOD, plannedMethod);
        values.put(CorrectableField.EMERGENCY_MEASURES, emergencyMeasures);
        return values;
    }

    CorrectableTerms with(List<FieldChange> changes) {
        Map<CorrectableField, String> values = values();
        changes.forEach(change -> CorrectableField.of(change.field()).ifPresent(f -> values.put(f, change.newValue())));
        return new CorrectableTerms(values.get(CorrectableField.PLANNED_DATE), values.get(CorrectableField.VEHICLE_PLATE),
                values.get(CorrectableField.PLANNED_METHOD), values.get(CorrectableField.EMERGENCY_MEASURES));
    }

    CorrectableTerms withVehicle(String plate) {
        return new CorrectableTerms(plannedDate, plate, plannedMethod, emergencyMeasures);
    }
}
