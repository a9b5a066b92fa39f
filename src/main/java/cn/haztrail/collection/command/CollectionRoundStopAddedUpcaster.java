package cn.haztrail.collection.command;

import cn.haztrail.collection.api.CollectionRoundStopAdded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link CollectionRoundStopAdded} of revision 1 as revision 2. Revision 1 did not record the stop's medical
 * limit: it stays unknown (null), so no early alert (R46) is raised for such a stop. The stored rows are never
 * rewritten (R23): this runs on every read.
 */
@Component
public class CollectionRoundStopAddedUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return CollectionRoundStopAdded.class.getName().equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(CollectionRoundStopAdded.class.getName(), "2"),
                ObjectNode.class, event -> {
                    event.putNull("medicalLimitAt");
                    return event;
                });
    }
}
