package cn.haztrail.contract;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Says, independently of the application's filters, whether an account may see a thing (R21): a party what names
 * its enterprise, a regulator what has its origin or destination in its jurisdiction (by the region hierarchy, not
 * by code prefixes as the queries do).
 */
final class VisibilityOracle {

    /** An account and what it acts for: an enterprise (parties) or a jurisdiction (regulators). */
    record Viewer(String account, UUID enterprise, String jurisdiction) {

        static Viewer party(String account, UUID enterprise) {
            return new Viewer(account, enterprise, null);
        }

        static Viewer regulator(String account, String jurisdiction) {
            return new Viewer(account, null, jurisdiction);
        }

        boolean regulator() {
            return jurisdiction != null;
        }

        @Override
        public String toString() {
            return account;
        }
    }

    private final Api api;
    private final JdbcTemplate jdbc;
    private final RegionDirectory regions;
    private final Map<String, JsonNode> manifests = new HashMap<>();

    VisibilityOracle(Api api, JdbcTemplate jdbc, RegionDirectory regions) {
        this.api = api;
        this.jdbc = jdbc;
        this.regions = regions;
    }

    boolean inJurisdiction(Viewer viewer, String... regionCodes) {
        for (String region : regionCodes) {
            if (region != null && regions.contains(viewer.jurisdiction(), region)) {
                return true;
            }
        }
        return false;
    }

    /** A manifest view as the API answers it. */
    boolean manifest(Viewer viewer, JsonNode m) {
        if (viewer.regulator()) {
            return inJurisdiction(viewer, text(m, "originRegion"), text(m, "destinationRegion"));
        }
        String e = viewer.enterprise().toString();
        boolean carrier = false;
        for (JsonNode id : m.get("carrierIds")) {
            carrier |= id.asText().equals(e);
        }
        return carrier || e.equals(text(m, "consignorId")) || e.equals(text(m, "receiverId"));
    }

    boolean manifest(Viewer viewer, String id) throws Exception {
        JsonNode view = manifests.get(id);
        if (view == null) {
            view = api.read(api.get(Api.ADMIN, "/api/v1/manifests/" + id).andExpect(status().isOk()));
            manifests.put(id, view);
        }
        return manifest(viewer, view);
    }

    /**
     * A batch: its producer, carriers and receivers, and the carriers named on a manifest holding it once that is
     * submitted and not cancelled (R13: they scan it at pickup); for regulators where it came from or went to.
     */
    boolean batch(Viewer viewer, String id) {
        List<Map<String, Object>> parties = jdbc.queryForList("select party_id, relation, region_code from batch_party "
                + "where batch_id = ? and relation in ('PRODUCER', 'CARRIER', 'RECEIVER')", UUID.fromString(id));
        boolean party = parties.stream().anyMatch(p -> viewer.regulator()
                ? !"CARRIER".equals(p.get("relation")) && inJurisdiction(viewer, (String) p.get("region_code"))
                : viewer.enterprise().equals(p.get("party_id")));
        return party || !viewer.regulator() && namedCarrier(viewer.enterprise(), id);
    }

    private boolean namedCarrier(UUID enterprise, String batchId) {
        return jdbc.queryForObject("select count(*) from manifest_line_view l join manifest_view m on m.id = "
                + "l.manifest_id where l.batch_id = ? and m.status not in ('DRAFT', 'CANCELLED') and m.carrier_ids "
                + "like ?", Long.class, UUID.fromString(batchId), "%" + enterprise + "%") > 0;
    }

    /**
     * The feed fixes an entry's audience when it takes the event in: a carrier named on a submitted manifest that was
     * cancelled later keeps what it was fed while it was named (it may have fetched it already); lists do not.
     */
    private boolean wasNamedCarrier(UUID enterprise, String batchId) {
        return jdbc.queryForObject("select count(*) from manifest_line_view l join manifest_view m on m.id = "
                + "l.manifest_id where l.batch_id = ? and m.number is not null and m.carrier_ids like ?", Long.class,
                UUID.fromString(batchId), "%" + enterprise + "%") > 0;
    }

    boolean approval(Viewer viewer, String consignor, String consignorRegion, String receiver,
                     String receiverRegion) {
        return viewer.regulator() ? inJurisdiction(viewer, consignorRegion, receiverRegion)
                : viewer.enterprise().toString().equals(consignor) || viewer.enterprise().toString().equals(receiver);
    }

    boolean approval(Viewer viewer, String id) {
        Map<String, Object> a = jdbc.queryForMap("select consignor_id, consignor_region, receiver_id, receiver_region "
                + "from approval_view where id = ?", UUID.fromString(id));
        return approval(viewer, a.get("consignor_id").toString(), (String) a.get("consignor_region"),
                a.get("receiver_id").toString(), (String) a.get("receiver_region"));
    }

    /** An exemption, as its endpoints show it: its producer and utilizer, the regulators of either's region. */
    boolean exemption(Viewer viewer, String id) {
        Map<String, Object> e = jdbc.queryForMap("select producer_id, producer_region, utilizer_id, utilizer_region "
                + "from exemption_view where id = ?", UUID.fromString(id));
        return approval(viewer, e.get("producer_id").toString(), (String) e.get("producer_region"),
                e.get("utilizer_id").toString(), (String) e.get("utilizer_region"));
    }

    /** An enterprise's own stream: the enterprise itself, the regulators of its region. */
    boolean enterprise(Viewer viewer, String id) {
        String region = jdbc.queryForObject("select region_code from enterprise_view where id = ?", String.class,
                UUID.fromString(id));
        return viewer.regulator() ? inJurisdiction(viewer, region) : viewer.enterprise().toString().equals(id);
    }

    /** A collection round, as its endpoints show it: collector, carrier, stops' producers, their regulators (R42). */
    boolean collectionRound(Viewer viewer, String id) {
        UUID round = UUID.fromString(id);
        Map<String, Object> r = jdbc.queryForMap("select collector_id, carrier_id, collector_region "
                + "from collection_round_view where id = ?", round);
        List<Map<String, Object>> stops = jdbc.queryForList("select producer_id, producer_region "
                + "from collection_round_stop_view where round_id = ?", round);
        if (viewer.regulator()) {
            return inJurisdiction(viewer, (String) r.get("collector_region"))
                    || stops.stream().anyMatch(stop -> inJurisdiction(viewer, (String) stop.get("producer_region")));
        }
        String me = viewer.enterprise().toString();
        return me.equals(r.get("collector_id").toString()) || me.equals(r.get("carrier_id").toString())
                || stops.stream().anyMatch(stop -> me.equals(stop.get("producer_id").toString()));
    }

    /** One item of the change feed, by the stream it belongs to. */
    boolean feedItem(Viewer viewer, JsonNode item) throws Exception {
        String id = item.get("aggregateId").asText();
        return switch (item.get("aggregateType").asText()) {
            case "TransferManifest" -> manifest(viewer, id);
            case "WasteBatch" -> batch(viewer, id) || !viewer.regulator() && wasNamedCarrier(viewer.enterprise(), id);
            case "TransferApproval" -> approval(viewer, id);
            case "TargetedExemption" -> exemption(viewer, id);
            case "Enterprise" -> enterprise(viewer, id);
            case "CollectionRound" -> collectionRound(viewer, id);
            default -> false;
        };
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
