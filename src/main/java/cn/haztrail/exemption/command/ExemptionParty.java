package cn.haztrail.exemption.command;

import cn.haztrail.shared.persistence.RegisteredPartyRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row of the exemption's own lookup of registered enterprises, kept by {@link ExemptionPartiesHandler}. */
@Entity
@Table(name = "exemption_party")
public class ExemptionParty extends RegisteredPartyRow {

    protected ExemptionParty() {
    }

    ExemptionParty(UUID enterpriseId, String regionCode, String roles) {
        super(enterpriseId, regionCode, roles);
    }
}
