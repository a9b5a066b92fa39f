package cn.haztrail.collection.command;

import cn.haztrail.collection.api.CollectionRoundCompleted;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link CollectionRoundCompleted} of revision 1 as revision 2. Revision 1 did not record which stops were
 * collected: both lists read empty (the round's view still shows each stop's pickup from its manifest). The stored
 * rows are never rewritten (R23): this runs on every read.
 */
@Component
public class CollectionRoundCompletedUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return CollectionRoundCompleted.class.getName().equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(CollectionRoundCompleted.class.getName(), "2"),
                ObjectNode.class, event -> {
                    event.putArray("collected");
                    event.putArray("notCollected");
                    return event;
                });
    }
}
