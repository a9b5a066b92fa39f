package cn.haztrail.registry.imports;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.Map;

import static cn.haztrail.registry.imports.ImportColumn.*;

/**
 * The requests a row is made of, each with the columns that fill its fields, so that a refusal of the API's own
 * validation or of a command (which names a request field) names the column of the file.
 */
enum RowStep {
    ENTERPRISE(CREDIT_CODE, Map.of("creditCode", CREDIT_CODE, "name", NAME, "regionCode", REGION_CODE,
            "address", ADDRESS, "roles", ROLES, "contact", CONTACT_NAME, "contact.name", CONTACT_NAME,
            "contact.phone", CONTACT_PHONE, "contact.email", CONTACT_EMAIL)),
    LICENCE(LICENCE_NUMBER, Map.of("number", LICENCE_NUMBER, "licenceId", LICENCE_NUMBER, "mode", LICENCE_MODE,
            "annualCapacityTonnes", LICENCE_CAPACITY, "validFrom", LICENCE_VALID_FROM, "validTo", LICENCE_VALID_TO,
            "lines", LICENCE_LINES, "roles", ROLES)),
    PERMIT(PERMIT_NUMBER, Map.of("number", PERMIT_NUMBER, "permitId", PERMIT_NUMBER,
            "validFrom", PERMIT_VALID_FROM, "validTo", PERMIT_VALID_TO, "roles", ROLES)),
    VEHICLE(VEHICLES, Map.of("plate", VEHICLES, "operatingPermitNo", VEHICLES, "roles", ROLES));

    private final ImportColumn fallback;
    private final Map<String, ImportColumn> columns;

    RowStep(ImportColumn fallback, Map<String, ImportColumn> columns) {
        this.fallback = fallback;
        this.columns = columns;
    }

    /** The column of a request field: "lines[2].methods" is in the column of "lines". */
    ImportColumn columnOf(String field) {
        if (field == null) {
            return fallback;
        }
        ImportColumn exact = columns.get(field);
        if (exact != null) {
            return exact;
        }
        String head = field.split("[.\\[]", 2)[0];
        return columns.getOrDefault(head, fallback);
    }

    RowRefused refusal(CommandRefused refused) {
        Translatable text = refused.text() != null ? refused.text()
                : Translatable.of("text.as-recorded", refused.getMessage());
        return new RowRefused(columnOf(refused.field()), text, refused.rule());
    }
}
