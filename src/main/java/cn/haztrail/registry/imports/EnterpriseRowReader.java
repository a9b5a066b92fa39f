package cn.haztrail.registry.imports;

import cn.haztrail.registry.web.ContactRequest;
import cn.haztrail.registry.web.GrantLicenceRequest;
import cn.haztrail.registry.web.GrantPermitRequest;
import cn.haztrail.registry.web.LicenceLineRequest;
import cn.haztrail.registry.web.RegisterEnterpriseRequest;
import cn.haztrail.registry.web.RegisterVehicleRequest;
import cn.haztrail.shared.i18n.Translatable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static cn.haztrail.registry.imports.ImportColumn.*;

/**
 * Reads a row into the API's requests and validates them with the API's own constraints (credit code R01, region
 * code, plate, phone, waste code and method formats): what a request would be refused for, a row is refused for.
 */
@Component
class EnterpriseRowReader {

    private static final List<ImportColumn> LICENCE = List.of(LICENCE_NUMBER, LICENCE_MODE, LICENCE_CAPACITY,
            LICENCE_VALID_FROM, LICENCE_VALID_TO, LICENCE_LINES);
    private static final List<ImportColumn> PERMIT = List.of(PERMIT_NUMBER, PERMIT_VALID_FROM, PERMIT_VALID_TO);

    private final Validator validator;

    EnterpriseRowReader(Validator validator) {
        this.validator = validator;
    }

    EnterpriseRow read(ImportRow row) {
        var enterprise = new RegisterEnterpriseRequest(row.cell(CREDIT_CODE), row.cell(NAME), row.cell(REGION_CODE),
                row.cell(ADDRESS), new ContactRequest(row.cell(CONTACT_NAME), row.cell(CONTACT_PHONE),
                row.isBlank(CONTACT_EMAIL) ? null : row.cell(CONTACT_EMAIL)),
                row.isBlank(ROLES) ? List.of() : CellSyntax.roles(row.cell(ROLES)));
        validate(enterprise, RowStep.ENTERPRISE);
        GrantLicenceRequest licence = null;
        if (given(row, LICENCE)) {
            licence = new GrantLicenceRequest(row.cell(LICENCE_NUMBER), CellSyntax.mode(row.cell(LICENCE_MODE)),
                    CellSyntax.licenceLines(row.cell(LICENCE_LINES)).stream().map(line -> new LicenceLineRequest(
                            line.scope(), line.excludedCodes(), line.methods(), line.annualCapacityTonnes())).toList(),
                    CellSyntax.tonnes(row.cell(LICENCE_CAPACITY), LICENCE_CAPACITY),
                    CellSyntax.date(row.cell(LICENCE_VALID_FROM), LICENCE_VALID_FROM),
                    CellSyntax.date(row.cell(LICENCE_VALID_TO), LICENCE_VALID_TO));
            validate(licence, RowStep.LICENCE);
        }
        GrantPermitRequest permit = null;
        if (given(row, PERMIT)) {
            permit = new GrantPermitRequest(row.cell(PERMIT_NUMBER),
                    CellSyntax.date(row.cell(PERMIT_VALID_FROM), PERMIT_VALID_FROM),
                    CellSyntax.date(row.cell(PERMIT_VALID_TO), PERMIT_VALID_TO));
            validate(permit, RowStep.PERMIT);
        }
        List<RegisterVehicleRequest> vehicles = row.isBlank(VEHICLES) ? List.of()
                : CellSyntax.vehicles(row.cell(VEHICLES)).stream()
                .map(v -> new RegisterVehicleRequest(v.plate(), v.operatingPermitNo())).toList();
        vehicles.forEach(vehicle -> validate(vehicle, RowStep.VEHICLE));
        return new EnterpriseRow(row.number(), enterprise, licence, permit, vehicles);
    }

    /** A licence or permit is in the row when any of its cells is filled; then all of them must be. */
    private static boolean given(ImportRow row, List<ImportColumn> columns) {
        if (columns.stream().allMatch(row::isBlank)) {
            return false;
        }
        columns.stream().filter(row::isBlank).findFirst().ifPresent(empty -> {
            throw RowRefused.of(empty, "refused.import.cell-missing", empty.header());
        });
        return true;
    }

    /** The first violation in column order, so that a row with several faults is always refused the same way. */
    private <T> void validate(T request, RowStep step) {
        Stream<ConstraintViolation<T>> violations = validator.validate(request).stream();
        violations.min(Comparator.comparing((ConstraintViolation<T> v) -> step.columnOf(path(v)))
                        .thenComparing(EnterpriseRowReader::path))
                .ifPresent(v -> {
                    Object rule = v.getConstraintDescriptor().getAttributes().get("rule");
                    throw new RowRefused(step.columnOf(path(v)), Translatable.of("refused.import.invalid-cell",
                            v.getMessage()), rule == null || rule.toString().isEmpty() ? null : rule.toString());
                });
    }

    private static String path(ConstraintViolation<?> violation) {
        return Objects.toString(violation.getPropertyPath(), "");
    }
}
