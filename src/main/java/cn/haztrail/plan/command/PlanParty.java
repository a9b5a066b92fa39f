package cn.haztrail.plan.command;

import cn.haztrail.shared.persistence.RegisteredPartyRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row of the plan's own lookup of registered enterprises, kept by {@link PlanPartiesHandler}. */
@Entity
@Table(name = "plan_party")
public class PlanParty extends RegisteredPartyRow {

    protected PlanParty() {
    }

    PlanParty(UUID enterpriseId, String regionCode, String roles) {
        super(enterpriseId, regionCode, roles);
    }
}
