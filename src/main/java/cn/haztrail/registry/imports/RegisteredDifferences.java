package cn.haztrail.registry.imports;

import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.LicenceView;
import cn.haztrail.registry.query.PermitView;
import cn.haztrail.registry.query.VehicleView;
import cn.haztrail.registry.web.GrantLicenceRequest;
import cn.haztrail.registry.web.GrantPermitRequest;
import cn.haztrail.registry.web.LicenceLineRequest;
import cn.haztrail.registry.web.RegisterEnterpriseRequest;
import cn.haztrail.registry.web.RegisterVehicleRequest;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.haztrail.registry.imports.ImportColumn.*;

/**
 * Compares a row with what is already registered under its credit code. An import adds what is missing but never
 * overwrites: a value that differs refuses the row, naming its column (changes go through the registry's API).
 */
final class RegisteredDifferences {

    private RegisteredDifferences() {
    }

    static void requireSameEnterprise(EnterpriseProfile registered, RegisterEnterpriseRequest row) {
        same(registered.name(), row.name(), NAME);
        same(registered.regionCode(), row.regionCode(), REGION_CODE);
        same(registered.address(), row.address(), ADDRESS);
        same(Set.copyOf(registered.roles()), row.roles().stream().map(Enum::name).collect(Collectors.toSet()), ROLES);
        PersonalDetails contact = registered.contact();
        if (contact != null && !contact.erased()) {
            same(contact.name(), row.contact().name(), CONTACT_NAME);
            same(contact.phone(), row.contact().phone(), CONTACT_PHONE);
            same(blankAsNull(contact.email()), blankAsNull(row.contact().email()), CONTACT_EMAIL);
        }
    }

    /** Whether the enterprise holds this licence already (then with the same terms); false when it must be granted. */
    static boolean holds(EnterpriseProfile registered, GrantLicenceRequest row) {
        LicenceView held = registered.licences().stream().filter(l -> l.number().equals(row.number())).findFirst()
                .orElse(null);
        if (held == null) {
            return false;
        }
        same(held.mode(), row.mode(), LICENCE_MODE);
        same(tonnes(held.annualCapacityTonnes()), tonnes(row.annualCapacityTonnes()), LICENCE_CAPACITY);
        same(held.validFrom(), row.validFrom(), LICENCE_VALID_FROM);
        same(held.validTo(), row.validTo(), LICENCE_VALID_TO);
        same(new HashSet<>(held.lines().stream().map(l -> line(l.scope(), l.excludedCodes(), l.methods(),
                        l.annualCapacityTonnes())).toList()),
                new HashSet<>(row.lines().stream().map(RegisteredDifferences::line).toList()), LICENCE_LINES);
        return true;
    }

    static boolean holds(EnterpriseProfile registered, GrantPermitRequest row) {
        PermitView held = registered.permits().stream().filter(p -> p.number().equals(row.number())).findFirst()
                .orElse(null);
        if (held == null) {
            return false;
        }
        same(held.validFrom(), row.validFrom(), PERMIT_VALID_FROM);
        same(held.validTo(), row.validTo(), PERMIT_VALID_TO);
        return true;
    }

    static boolean holds(EnterpriseProfile registered, RegisterVehicleRequest row) {
        VehicleView held = registered.vehicles().stream().filter(v -> v.plate().equals(row.plate())).findFirst()
                .orElse(null);
        if (held == null) {
            return false;
        }
        same(held.operatingPermitNo(), row.operatingPermitNo(), VEHICLES);
        return true;
    }

    private static LicenceLine line(LicenceLineRequest request) {
        return line(request.scope(), request.excludedCodes(), request.methods(), request.annualCapacityTonnes());
    }

    /** 5000 and 5000.000 are the same capacity. */
    private static LicenceLine line(String scope, List<String> excluded, List<String> methods, BigDecimal tonnes) {
        return new LicenceLine(scope, excluded, methods, tonnes(tonnes));
    }

    private static BigDecimal tonnes(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void same(Object registered, Object row, ImportColumn column) {
        if (!Objects.equals(registered, row)) {
            throw RowRefused.of(column, "refused.import.differs-from-registered", column.header());
        }
    }
}
