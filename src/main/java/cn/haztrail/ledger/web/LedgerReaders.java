package cn.haztrail.ledger.web;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Who reads an enterprise's ledger and registers (R21): its own accounts, the regulators whose jurisdiction holds
 * the region it is registered in ({@link RegionDirectory#contains}), and administrators. Registered enterprises are
 * public, so anyone else gets 403; an unknown enterprise is 404.
 */
@Component
public class LedgerReaders {

    private final CurrentCaller currentCaller;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;

    LedgerReaders(CurrentCaller currentCaller, EnterpriseQueries enterprises, RegionDirectory regions) {
        this.currentCaller = currentCaller;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    /** The caller, once it is known to read this enterprise's ledger. */
    public Caller check(UUID enterpriseId) {
        Caller caller = currentCaller.get();
        String region = enterprises.regionOf(enterpriseId).orElseThrow(() -> CommandRefused.notFound("id",
                Translatable.of("refused.ledger.unknown-enterprise", enterpriseId)));
        boolean allowed = caller.isAdmin() || caller.actsFor(enterpriseId)
                || (caller.isRegulator() && regions.contains(caller.jurisdiction(), region));
        if (!allowed) {
            throw new AccessDeniedException("Only the enterprise, its regulators and administrators read its ledger");
        }
        return caller;
    }
}
