package cn.haztrail.registry.imports;

import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.application.EnterpriseRegistration;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.web.GrantLicenceRequest;
import cn.haztrail.registry.web.GrantPermitRequest;
import cn.haztrail.registry.web.RegisterEnterpriseRequest;
import cn.haztrail.registry.web.RegisterVehicleRequest;
import cn.haztrail.shared.domain.CommandRefused;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Imports one row in one transaction, all or nothing: registration, licence, permit and vehicles go through the
 * same commands as the API's requests. What the enterprise already has is read from the registry's read model,
 * which is written in the command's own transaction (a subscribing projection), so it is never behind; the
 * commands themselves still refuse a credit code, licence number, permit number or plate claimed by another.
 */
@Component
class RowImport {

    private final EnterpriseRegistration registration;
    private final CommandGateway commands;
    private final EnterpriseQueries queries;
    private final TransactionTemplate transaction;

    RowImport(EnterpriseRegistration registration, CommandGateway commands, EnterpriseQueries queries,
              TransactionTemplate transaction) {
        this.registration = registration;
        this.commands = commands;
        this.queries = queries;
        this.transaction = transaction;
    }

    RowOutcome importRow(EnterpriseRow row) {
        return transaction.execute(status -> inTransaction(row));
    }

    private RowOutcome inTransaction(EnterpriseRow row) {
        RegisterEnterpriseRequest enterprise = row.enterprise();
        EnterpriseProfile registered = queries.profileByCreditCode(enterprise.creditCode(), true).orElse(null);
        UUID id;
        boolean created = registered == null;
        if (created) {
            id = UUID.randomUUID();
            step(RowStep.ENTERPRISE, () -> {
                registration.register(id, enterprise.creditCode(), enterprise.name(), enterprise.regionCode(),
                        enterprise.address(), new PersonalDetails(enterprise.contact().name(),
                                enterprise.contact().phone(), enterprise.contact().email(), false), enterprise.roles());
                return null;
            });
            registered = queries.profile(id, false).orElseThrow();
        } else {
            id = registered.id();
            RegisteredDifferences.requireSameEnterprise(registered, enterprise);
        }
        boolean added = false;
        GrantLicenceRequest licence = row.licence();
        if (licence != null && !RegisteredDifferences.holds(registered, licence)) {
            step(RowStep.LICENCE, () -> commands.sendAndWait(new GrantLicence(id, UUID.randomUUID(),
                    licence.number(), licence.mode(), licence.licenceLines(), licence.annualCapacityTonnes(),
                    licence.validFrom(), licence.validTo(), null)));
            added = true;
        }
        GrantPermitRequest permit = row.permit();
        if (permit != null && !RegisteredDifferences.holds(registered, permit)) {
            step(RowStep.PERMIT, () -> commands.sendAndWait(new GrantTransportPermit(id, UUID.randomUUID(),
                    permit.number(), permit.validFrom(), permit.validTo(), null)));
            added = true;
        }
        List<RegisterVehicleRequest> vehicles = row.vehicles();
        for (RegisterVehicleRequest vehicle : vehicles) {
            if (!RegisteredDifferences.holds(registered, vehicle)) {
                step(RowStep.VEHICLE, () -> commands.sendAndWait(new RegisterVehicle(id, vehicle.plate(),
                        vehicle.operatingPermitNo(), null)));
                added = true;
            }
        }
        return created ? RowOutcome.CREATED : added ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    /** A command's refusal names a request field: the row's refusal names that field's column. */
    private static void step(RowStep step, Supplier<Object> command) {
        try {
            command.get();
        } catch (CommandRefused refused) {
            throw step.refusal(refused);
        }
    }
}
