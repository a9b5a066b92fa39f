package cn.haztrail.manifest.api;

import java.util.UUID;

/**
 * A manifest line sent under a targeted-utilization exemption (R37): the receiver needs no licence line for it (R03
 * waived) and its accepted quantity is drawn on the exemption instead of counting against the licence year (R04).
 */
public record ExemptLine(UUID batchId, UUID exemptionId) {
}
