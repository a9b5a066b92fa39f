package cn.haztrail.manifest.command;

import java.util.Arrays;
import java.util.Optional;

/** The fields of a signed manifest that a correction may change (R20); parties and lines never change. */
enum CorrectableField {
    PLANNED_DATE("plannedDate"), VEHICLE_PLATE("vehiclePlate"), PLANNED_METHOD("plannedMethod"),
    EMERGENCY_MEASURES("emergencyMeasures");

    private final String field;

    CorrectableField(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    static Optional<CorrectableField> of(String field) {
        return Arrays.stream(values()).filter(value -> value.field.equals(field)).findFirst();
    }
}
