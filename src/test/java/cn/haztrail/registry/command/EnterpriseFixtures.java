package cn.haztrail.registry.command;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.mockito.Mockito.mock;

/** The Enterprise aggregate with the resources its handlers take, and the admission questions asked of it. */
final class EnterpriseFixtures {

    static final UUID ID = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");

    private EnterpriseFixtures() {
    }

    static AggregateTestFixture<Enterprise> enterprise() {
        return enterprise(new ArrayList<>());
    }

    /** @param admittedQuestions each question asked of the admitted manifests, with the manifests it named */
    static AggregateTestFixture<Enterprise> enterprise(List<Collection<UUID>> admittedQuestions) {
        AggregateTestFixture<Enterprise> fixture = new AggregateTestFixture<>(Enterprise.class);
        fixture.registerInjectableResource(mock(ClaimedIdentifiers.class));
        fixture.registerInjectableResource(TestReferenceData.regionDirectory());
        fixture.registerInjectableResource(TestReferenceData.methodCatalogue());
        fixture.registerInjectableResource(new AdmissionReservationTerms(Duration.ofMinutes(30)));
        fixture.registerInjectableResource(new AdmittedInStore(fixture.getEventStore(), admittedQuestions));
        fixture.registerInjectableResource(new LicenceTermsPolicy(TestReferenceData.wasteCatalogue(),
                TestReferenceData.methodCatalogue()));
        return fixture;
    }

    /** @param tonnes null for a line declared by volume */
    static AdmissionLine line(String code, String method, String tonnes) {
        return new AdmissionLine(code, method, tonnes == null ? null : new BigDecimal(tonnes));
    }

    static CheckAdmission check(LocalDate onDate, AdmissionLine... lines) {
        return new CheckAdmission(ID, List.of(lines), onDate, null);
    }
}
