package cn.haztrail.registry.claims;

import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.TransportPermitGranted;
import cn.haztrail.registry.api.VehicleRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the uniqueness table in the same transaction as the events (a subscribing processor whose errors propagate),
 * so an identifier is claimed exactly when the event that introduces it is stored.
 */
@Component
@ProcessingGroup(IdentifierClaimsHandler.GROUP)
class IdentifierClaimsHandler {

    static final String GROUP = "registry-claims";

    private final ClaimedIdentifiers claims;

    IdentifierClaimsHandler(ClaimedIdentifiers claims) {
        this.claims = claims;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        claims.save(new ClaimedIdentifier(IdentifierKind.CREDIT_CODE, event.creditCode(), event.enterpriseId()));
    }

    @EventHandler
    void on(LicenceGranted event) {
        claims.save(new ClaimedIdentifier(IdentifierKind.LICENCE_NUMBER, event.number(), event.enterpriseId()));
    }

    @EventHandler
    void on(TransportPermitGranted event) {
        claims.save(new ClaimedIdentifier(IdentifierKind.PERMIT_NUMBER, event.number(), event.enterpriseId()));
    }

    @EventHandler
    void on(VehicleRegistered event) {
        claims.save(new ClaimedIdentifier(IdentifierKind.VEHICLE_PLATE, event.plate(), event.enterpriseId()));
    }
}
