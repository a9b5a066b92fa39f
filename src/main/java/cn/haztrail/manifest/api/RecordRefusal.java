package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Records a refusal that matters to an audit (a receiver refused for licence scope or capacity, R03/R04) on the manifest's history. */
public record RecordRefusal(@TargetAggregateIdentifier UUID manifestId, String step, String rule, String reason,
                            String reasonCode, List<String> reasonArguments) {
}
