package cn.haztrail.plan.command;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Answers from the plan's own lookup table ({@link PlanPartiesHandler}), never from the registry's view. */
@Component
class CommandSidePlanParties implements PlanParties {

    private final PlanPartyTable table;

    CommandSidePlanParties(PlanPartyTable table) {
        this.table = table;
    }

    @Override
    public Optional<Party> find(UUID enterpriseId) {
        return table.findById(enterpriseId).map(row -> new Party(row.regionCode(), row.roles()));
    }
}
