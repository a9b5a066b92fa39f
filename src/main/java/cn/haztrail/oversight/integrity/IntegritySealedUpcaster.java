package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link IntegritySealed} of revision 1 (every stream's head, no link to an earlier seal) as revision 2: a seal
 * with no previous seal whose root is its Merkle root, so a seal stored before chaining starts a chain. The stored row
 * is never rewritten (R23): this runs on every read.
 */
@Component
public class IntegritySealedUpcaster extends SingleEventUpcaster {

    static final String LEGACY_REVISION = "1";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return IntegritySealed.class.getName().equals(representation.getType().getName())
                && LEGACY_REVISION.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(IntegritySealed.class.getName(), "2"),
                ObjectNode.class, IntegritySealedUpcaster::chained);
    }

    private static ObjectNode chained(ObjectNode revision1) {
        ObjectNode revision2 = revision1.objectNode();
        revision2.set("root", revision1.get("merkleRoot"));
        revision2.putNull("previousSealId");
        revision2.putNull("previousRoot");
        revision2.set("merkleRoot", revision1.get("merkleRoot"));
        revision2.set("headCount", revision1.get("streamCount"));
        revision2.set("sealedUpTo", revision1.get("sealedUpTo"));
        revision2.set("heads", revision1.get("heads"));
        return revision2;
    }
}
