package cn.haztrail.batch.api;

import cn.haztrail.shared.domain.Quantity;

import java.util.UUID;

/** One batch's share in a repacking: the mass taken from a source, or the mass an output carries away (R39). */
public record BatchShare(UUID batchId, String labelId, Quantity quantity) {
}
