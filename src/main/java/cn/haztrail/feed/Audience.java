package cn.haztrail.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may see an event (R21): the enterprises party to its stream, and the regions a regulator's jurisdiction must
 * contain (origin, destination, the producer's or the enterprise's own region). Stored comma-wrapped (",a,b,") so a
 * SQL LIKE finds one member or a region prefix.
 */
public record Audience(Set<UUID> enterprises, Set<String> regions) {

    public static final Audience NOBODY = new Audience(Set.of(), Set.of());

    public Audience {
        enterprises = Set.copyOf(enterprises);
        regions = Set.copyOf(regions);
    }

    public static Audience of(List<UUID> enterprises, List<String> regions) {
        return new Audience(new LinkedHashSet<>(enterprises), new LinkedHashSet<>(regions.stream()
                .filter(region -> region != null).toList()));
    }

    public String enterpriseColumn() {
        return wrap(enterprises.stream().map(UUID::toString).sorted().collect(Collectors.toList()));
    }

    public String regionColumn() {
        return wrap(regions.stream().sorted().collect(Collectors.toList()));
    }

    private static String wrap(List<String> values) {
        return "," + String.join(",", values) + ",";
    }
}
