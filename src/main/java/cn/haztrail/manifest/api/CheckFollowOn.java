package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * May a follow-on manifest carry this manifest's waste back or on (R18: received, with waste not accepted)? Refused
 * as the link would be, stores nothing: drafting asks it, and the link itself is made afterwards by a process
 * ({@link LinkFollowOn}), so that the draft's transaction writes only the new manifest.
 */
public record CheckFollowOn(@TargetAggregateIdentifier UUID manifestId) {
}
