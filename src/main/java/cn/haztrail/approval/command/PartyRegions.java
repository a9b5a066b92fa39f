package cn.haztrail.approval.command;

import java.util.Optional;
import java.util.UUID;

/**
 * The province (its 6-digit code, e.g. 360000) an enterprise is registered in, for the cross-province test of R14.
 * A registered enterprise's region never changes, so the answer cannot go stale between the check and the event.
 */
public interface PartyRegions {

    /** Empty when no enterprise with this id is registered. */
    Optional<String> provinceOf(UUID enterpriseId);
}
