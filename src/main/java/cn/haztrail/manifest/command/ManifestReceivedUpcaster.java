package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ManifestReceived;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link ManifestReceived} of revision 1 as revision 2. Revision 1 receipts admitted the waste and drew on the
 * approval in their own transaction, so they did not name the manifest's kind and approval, nor a line's waste code:
 * those stay unknown (null), which tells the confirming processes that nothing is left for them to do. The stored
 * rows are never rewritten (R23): this runs on every read.
 */
@Component
public class ManifestReceivedUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return ManifestReceived.class.getName().equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ManifestReceived.class.getName(), "2"),
                ObjectNode.class, event -> {
                    event.putNull("kind");
                    event.putNull("approvalId");
                    return event;
                });
    }
}
