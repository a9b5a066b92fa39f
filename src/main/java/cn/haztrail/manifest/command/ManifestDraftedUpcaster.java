package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ManifestDrafted;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link ManifestDrafted} of revision 1 as revision 2: manifests drafted before exemptions applied to them
 * (R37) had no exempt lines, so every line stays under the receiver's licence. The stored rows are never rewritten
 * (R23): this runs on every read.
 */
@Component
public class ManifestDraftedUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return ManifestDrafted.class.getName().equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ManifestDrafted.class.getName(), "2"),
                ObjectNode.class, event -> {
                    event.putArray("exemptLines");
                    return event;
                });
    }
}
