package cn.haztrail.console.records;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whose records a page shows: a party its own enterprise, a regulator an enterprise of its jurisdiction that it
 * picks (R21). The pages ask the same questions as the API and get the same answers.
 */
@Component
class RecordsScope {

    private final CurrentCaller currentCaller;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;

    RecordsScope(CurrentCaller currentCaller, EnterpriseQueries enterprises, RegionDirectory regions) {
        this.currentCaller = currentCaller;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    /** A person acting for an enterprise or a regulator; others (administrators use the API) are refused. */
    Caller reader() {
        return currentCaller.find().filter(c -> c.enterpriseId() != null || c.isRegulator())
                .orElseThrow(() -> new AccessDeniedException("These pages are for enterprises and regulators"));
    }

    Caller party() {
        return currentCaller.find().filter(c -> c.enterpriseId() != null)
                .orElseThrow(() -> new AccessDeniedException("This page is for people acting for an enterprise"));
    }

    Caller regulator() {
        return currentCaller.find().filter(Caller::isRegulator)
                .orElseThrow(() -> new AccessDeniedException("This page is for regulators"));
    }

    /** The enterprise asked for, or the caller's own; null for a regulator that has not picked one yet. */
    UUID chosen(Caller caller, UUID asked) {
        return caller.enterpriseId() != null && asked == null ? caller.enterpriseId() : asked;
    }

    /** The enterprises a regulator picks from: those registered in its jurisdiction, by name. */
    List<EnterpriseSummary> inJurisdiction(Caller caller) {
        return caller.isRegulator() ? enterprises.allInRegion(caller.jurisdiction()) : List.of();
    }

    boolean governs(Caller caller, String regionCode) {
        return caller.isRegulator() && caller.jurisdiction() != null
                && regions.contains(caller.jurisdiction(), regionCode);
    }

    /** A licence holder's profile, when the caller is it or its regulator; otherwise not found, as the API. */
    EnterpriseProfile visibleHolder(Caller caller, UUID holderId) {
        return enterprises.profile(holderId, false)
                .filter(holder -> caller.actsFor(holderId) || governs(caller, holder.regionCode()))
                .orElseThrow(() -> CommandRefused.notFound("holderId",
                        Translatable.of("refused.report.unknown-holder", holderId)));
    }

    Map<UUID, String> names(Collection<UUID> ids) {
        return enterprises.summaries(ids.stream().filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(EnterpriseSummary::id, EnterpriseSummary::name));
    }

    String name(UUID id) {
        return names(List.of(id)).getOrDefault(id, String.valueOf(id));
    }
}
