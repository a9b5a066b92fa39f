package cn.haztrail.batch.custody;

import java.util.UUID;

/**
 * A batch its receiver split off wholly from the part a partial receipt did not accept (R39, R40): that waste is
 * still its consignor's, who may take it back on a return manifest, or send it on, following the manifest of that
 * receipt (R18).
 *
 * @param manifestId  the manifest whose receipt did not accept it
 * @param consignorId that manifest's consignor
 */
public record SplitOff(UUID manifestId, UUID consignorId) {
}
