package cn.haztrail.registry.query;

import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.personal.PersonalDataStore;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Answers the registry's read endpoints from the read model. */
@Service
@Transactional(readOnly = true)
public class EnterpriseQueries {

    private final EnterpriseRepository enterprises;
    private final LicenceRepository licences;
    private final PermitRepository permits;
    private final VehicleRepository vehicles;
    private final PersonalDataStore personalData;
    private final RegionDirectory regions;
    private final FixedAtRegistration fixedAtRegistration;

    EnterpriseQueries(EnterpriseRepository enterprises, LicenceRepository licences, PermitRepository permits,
                      VehicleRepository vehicles, PersonalDataStore personalData, RegionDirectory regions,
                      FixedAtRegistration fixedAtRegistration) {
        this.fixedAtRegistration = fixedAtRegistration;
        this.enterprises = enterprises;
        this.licences = licences;
        this.permits = permits;
        this.vehicles = vehicles;
        this.personalData = personalData;
        this.regions = regions;
    }

    public Optional<EnterpriseProfile> profile(UUID id, boolean withContact) {
        return enterprises.findById(id).map(e -> new EnterpriseProfile(e.id(), e.creditCode(), e.name(),
                e.regionCode(), regionCode(regions.provinceOf(e.regionCode())), regionCode(regions.cityOf(e.regionCode())), e.address(),
                e.roles(), withContact ? personalData.find(e.contactRef()).orElse(null) : null,
                withContact ? e.contactRef() : null,
                licences.findByEnterpriseIdOrderByValidFromAscNumberAsc(id).stream().map(LicenceView::of).toList(),
                permits.findByEnterpriseIdOrderByValidFromAscNumberAsc(id).stream().map(PermitView::of).toList(),
                vehicles.findByEnterpriseIdOrderByPlate(id).stream().map(VehicleView::of).toList(),
                e.registeredAt(), e.version()));
    }

    /** The enterprise registered under a credit code (the read model is written in the command's transaction). */
    public Optional<EnterpriseProfile> profileByCreditCode(String creditCode, boolean withContact) {
        return enterprises.findByCreditCode(creditCode).flatMap(e -> profile(e.id(), withContact));
    }

    public Optional<LicenceView> licence(UUID enterpriseId, UUID licenceId) {
        return licences.findById(licenceId).filter(l -> l.enterpriseId().equals(enterpriseId)).map(LicenceView::of);
    }

    public Optional<PermitView> permit(UUID enterpriseId, UUID permitId) {
        return permits.findById(permitId).filter(p -> p.enterpriseId().equals(enterpriseId)).map(PermitView::of);
    }

    public Optional<VehicleView> vehicle(UUID enterpriseId, String plate) {
        return vehicles.findById(plate).filter(v -> v.enterpriseId().equals(enterpriseId)).map(VehicleView::of);
    }

    /**
     * The region an enterprise is registered in, without loading its profile (for projections that replay), read once
     * per node ({@link FixedAtRegistration}).
     */
    public Optional<String> regionOf(UUID id) {
        return fixedAtRegistration.of(id).map(FixedAtRegistration.Fixed::regionCode);
    }

    /** The credit code a registered enterprise's labels carry (R07), read once per node; empty if not registered. */
    public Optional<String> creditCodeOf(UUID id) {
        return fixedAtRegistration.of(id).map(FixedAtRegistration.Fixed::creditCode);
    }

    /** Every enterprise in a region (a province, city or county code), by name: for the regulator's lists. */
    public List<EnterpriseSummary> allInRegion(String region) {
        return enterprises.findByRegionCodeStartingWithOrderByNameAscIdAsc(RegionPrefix.of(region)).stream()
                .map(EnterpriseSummary::of).toList();
    }

    /** Who an enterprise is (id, credit code, name, region, roles), without its licences, permits and vehicles. */
    public Optional<EnterpriseSummary> summary(UUID id) {
        return enterprises.findById(id).map(EnterpriseSummary::of);
    }

    /** The enterprises with these ids, in one query; unknown ids are skipped. */
    public List<EnterpriseSummary> summaries(Collection<UUID> ids) {
        return enterprises.findAllById(ids).stream().map(EnterpriseSummary::of).toList();
    }

    /** The licences of the enterprises in a region, per enterprise, in one query. */
    public Map<UUID, List<LicenceView>> licencesInRegion(String region) {
        return licences.findInRegion(RegionPrefix.of(region)).stream().collect(Collectors.groupingBy(
                LicenceRecord::enterpriseId, Collectors.mapping(LicenceView::of, Collectors.toList())));
    }

    /** Enterprises whose name contains the text, or whose credit code it is (upper-cased); at most {@code limit}. */
    public List<EnterpriseProfile> findByNameOrCreditCode(String text, int limit) {
        String trimmed = text.trim();
        return enterprises.findByNameOrCreditCode(trimmed, trimmed.toUpperCase(Locale.ROOT),
                        PageRequest.of(0, limit)).stream()
                .map(e -> profile(e.id(), false).orElseThrow()).toList();
    }

    public long version(UUID enterpriseId) {
        return enterprises.findById(enterpriseId).map(EnterpriseRecord::version).orElse(0L);
    }

    /** @param region a 6-digit division code: a province code lists the province, a city code the city */
    public PageResponse<EnterpriseSummary> search(PartyRole role, String region, int page, int size) {
        return PageResponse.of(enterprises.search(role == null ? "" : role.name(), region == null ? "" : RegionPrefix.of(region),
                PageRequest.of(page, size)), EnterpriseSummary::of);
    }

    private static String regionCode(Optional<Region> region) {
        return region.map(Region::code).orElse(null);
    }
}
