package cn.haztrail.manifest.api;

import java.util.UUID;

/**
 * A carrier's part in a handover (R15), as the manifest's custody decides it.
 *
 * @param offerTo the next carrier named, when the asking carrier holds the waste and offers it on; null when the
 *                waste was offered to the asking carrier and it takes it over
 */
public record HandoverTurn(UUID offerTo) {

    public boolean offers() {
        return offerTo != null;
    }
}
