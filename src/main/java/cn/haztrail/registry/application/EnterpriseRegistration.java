package cn.haztrail.registry.application;

import cn.haztrail.personal.PersonalDataStore;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterEnterprise;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Registers an enterprise together with its contact person: the person goes to the personal-data store, the
 * enterprise to the event store, in one transaction, so a refused registration leaves no orphan person behind.
 * Outside {@code command} because other features (enrolment, demo) register enterprises through it.
 */
@Service
public class EnterpriseRegistration {

    private final CommandGateway commands;
    private final PersonalDataStore personalData;

    public EnterpriseRegistration(CommandGateway commands, PersonalDataStore personalData) {
        this.commands = commands;
        this.personalData = personalData;
    }

    @Transactional
    public void register(UUID id, String creditCode, String name, String regionCode, String address,
                         PersonalDetails contact, List<PartyRole> roles) {
        UUID contactRef = personalData.record(UUID.randomUUID(), contact);
        commands.sendAndWait(new RegisterEnterprise(id, creditCode, name, regionCode, address, contactRef, roles));
    }

    /** An enterprise whose contact person is on record already (an approved self-registration recorded it). */
    @Transactional
    public void register(UUID id, String creditCode, String name, String regionCode, String address,
                         UUID contactRef, List<PartyRole> roles) {
        commands.sendAndWait(new RegisterEnterprise(id, creditCode, name, regionCode, address, contactRef, roles));
    }
}
