package cn.haztrail.registry.command;

import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.SingleScopeTerms;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@link LicenceGranted} and {@link LicenceAmended} of revision 1 (one scope and one method list for the whole
 * licence, one capacity) as revision 2 (lines). The stored rows are never rewritten (R23): this runs on every read.
 * Meaning is kept: revision 1 admitted a code by a method when the scope covered the code and the list held the
 * method; revision 2 admits it when one line covers the code and lists the method. Giving every line of the old scope
 * the whole old method list makes the two the same ({@link SingleScopeTerms}), and the old capacity, which counted
 * all waste together, becomes the total with no capacity per line.
 */
@Component
public class LicenceLinesUpcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(LicenceGranted.class.getName(), LicenceAmended.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                ObjectNode.class, LicenceLinesUpcaster::asLines);
    }

    private static ObjectNode asLines(ObjectNode event) {
        JsonNode scope = event.path("scope");
        List<LicenceLine> lines = new SingleScopeTerms(strings(scope.path("categories")), strings(scope.path("codes")),
                strings(scope.path("excludedCodes")), strings(event.path("methods"))).asLines();
        event.remove("scope");
        event.remove("methods");
        ArrayNode array = event.putArray("lines");
        for (LicenceLine line : lines) {
            ObjectNode node = array.addObject();
            node.put("scope", line.scope());
            ArrayNode excluded = node.putArray("excludedCodes");
            line.excludedCodes().forEach(excluded::add);
            ArrayNode methods = node.putArray("methods");
            line.methods().forEach(methods::add);
            node.putNull("annualCapacityTonnes");
        }
        return event;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
