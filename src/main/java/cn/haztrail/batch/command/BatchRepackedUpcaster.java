package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRepacked;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link BatchRepacked} of revision 1 as revision 2. Revision 1 did not say how much of a share came from the
 * part a partial receipt did not accept, nor whether the new batch was split off wholly from it: it is read as none
 * (each share's {@code notAccepted} null, {@code notAcceptedSplitOff} false), so the holder's ledger counts such an
 * old repacking as it did when it was recorded. The stored rows are never rewritten (R23): this runs on every read.
 */
@Component
public class BatchRepackedUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return BatchRepacked.class.getName().equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(BatchRepacked.class.getName(), "2"),
                ObjectNode.class, event -> {
                    JsonNode sources = event.get("sources");
                    if (sources != null && sources.isArray()) {
                        for (JsonNode source : sources) {
                            if (source instanceof ObjectNode share) {
                                share.putNull("notAccepted");
                            }
                        }
                    }
                    event.put("notAcceptedSplitOff", false);
                    return event;
                });
    }
}
