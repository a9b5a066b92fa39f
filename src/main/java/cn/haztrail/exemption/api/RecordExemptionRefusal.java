package cn.haztrail.exemption.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Records on the exemption's history a draw that was refused (R37), after the refused step rolled back. */
public record RecordExemptionRefusal(@TargetAggregateIdentifier UUID exemptionId, UUID manifestId, BigDecimal tonnes,
                                     String rule, String reason, String reasonCode, List<String> reasonArguments) {
}
