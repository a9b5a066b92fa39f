package cn.haztrail.plan.command;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Registered enterprises as the plan's commands need them: region and party roles (fixed at registration). */
public interface PlanParties {

    record Party(String regionCode, Set<String> roles) {
    }

    /** Empty when no enterprise with this id is registered. */
    Optional<Party> find(UUID enterpriseId);
}
