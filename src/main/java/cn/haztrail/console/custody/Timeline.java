package cn.haztrail.console.custody;

import cn.haztrail.oversight.custody.CustodyChainView;
import cn.haztrail.oversight.integrity.FailureReason;

import java.util.List;
import java.util.UUID;

/**
 * A chain of custody as the timeline page shows it: the chain read at the page's times, and the integrity of every
 * stream it read (R23).
 *
 * @param kind "batches" or "manifests", the page's path segment
 * @param key  the batch id or the manifest number or id as the page was asked for
 */
public record Timeline(String kind, String key, CustodyChainView chain, List<StreamIntegrity> integrity) {

    public boolean intact() {
        return integrity.stream().allMatch(StreamIntegrity::verified);
    }

    /** One stream's check: verified, or the first failure's reason. */
    public record StreamIntegrity(String aggregateType, UUID streamId, boolean verified, FailureReason reason,
                           Long sequence) {
    }
}
