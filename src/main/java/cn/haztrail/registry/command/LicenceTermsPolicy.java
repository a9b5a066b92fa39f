package cn.haztrail.registry.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceScope;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Checks the terms of a licence against the catalogues and the licensing rules before it is granted or amended. */
@Component
public class LicenceTermsPolicy {

    private final WasteCatalogue wasteCatalogue;
    private final MethodCatalogue methodCatalogue;

    public LicenceTermsPolicy(WasteCatalogue wasteCatalogue, MethodCatalogue methodCatalogue) {
        this.wasteCatalogue = wasteCatalogue;
        this.methodCatalogue = methodCatalogue;
    }

    public void check(LicenceMode mode, LicenceScope scope, List<String> methods, BigDecimal annualCapacityTonnes,
                      LocalDate validFrom, LocalDate validTo) {
        checkScope(scope);
        checkMethods(mode, methods);
        if (annualCapacityTonnes == null || annualCapacityTonnes.signum() <= 0) {
            throw CommandRefused.ruleViolated("R04", "annualCapacityTonnes",
                    Translatable.of("refused.registry.capacity-not-positive"));
        }
        if (validFrom == null || validTo == null || !validTo.isAfter(validFrom)) {
            throw CommandRefused.ruleViolated("R03", "validTo",
                    Translatable.of("refused.registry.licence-ends-before-start"));
        }
        if (validTo.isAfter(validFrom.plusYears(mode.maxValidityYears()))) {
            throw CommandRefused.ruleViolated("R03", "validTo",
                    Translatable.of("refused.registry.licence-too-long", mode, mode.maxValidityYears()));
        }
    }

    private void checkScope(LicenceScope scope) {
        if (scope == null || scope.isEmpty()) {
            throw CommandRefused.ruleViolated("R03", "scope",
                    Translatable.of("refused.registry.licence-without-scope"));
        }
        var categories = wasteCatalogue.categories(wasteCatalogue.currentEdition());
        scope.categories().stream().filter(category -> categories.stream()
                        .noneMatch(known -> known.category().code().equals(category)))
                .findFirst().ifPresent(category -> {
                    throw CommandRefused.ruleViolated("R03", "scope.categories",
                            Translatable.of("refused.registry.unknown-category", category));
                });
        for (String code : scope.codes()) {
            requireListed(code, "scope.codes");
        }
        for (String code : scope.excludedCodes()) {
            requireListed(code, "scope.excludedCodes");
        }
    }

    private void requireListed(String code, String field) {
        if (!isListed(code)) {
            throw CommandRefused.ruleViolated("R03", field, Translatable.of("refused.registry.code-not-in-edition",
                    code, wasteCatalogue.currentEdition()));
        }
    }

    private boolean isListed(String code) {
        try {
            return wasteCatalogue.current(WasteCode.parse(code)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private void checkMethods(LicenceMode mode, List<String> methods) {
        if (methods == null || methods.isEmpty()) {
            throw CommandRefused.ruleViolated("R03", "methods",
                    Translatable.of("refused.registry.licence-without-method"));
        }
        for (String code : methods) {
            MethodCode method = methodCatalogue.find(code).orElseThrow(() -> CommandRefused.ruleViolated("R03",
                    "methods", Translatable.of("refused.registry.unknown-licence-method", code)));
            if (mode == LicenceMode.COLLECTION && method.kind().isFinal()) {
                throw CommandRefused.ruleViolated("R05", "methods",
                        Translatable.of("refused.registry.collection-licence-with-final-method", code));
            }
        }
    }
}
