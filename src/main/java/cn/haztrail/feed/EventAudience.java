package cn.haztrail.feed;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.axonframework.messaging.Message;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides the audience of an event from the parties its stream has now, read from the parties' read models (they
 * are updated inside the command transaction, so they already know every party when a streaming processor gets
 * here). A party that joins a batch later (its receiver) sees the events from then on. The parties of every manifest
 * and every batch a processing batch names are read in one query each, at the first of its events (a replay asks
 * for hundreds of streams per batch).
 */
@Component
public class EventAudience {

    private final JdbcTemplate jdbc;

    public EventAudience(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Audience of(EventMessage<?> event) {
        // Events stored without an aggregate (seals, account audit) come back with a null type: nobody's but admins'.
        if (!(event instanceof DomainEventMessage<?> domainEvent) || domainEvent.getType() == null) {
            return Audience.NOBODY;
        }
        // "Now" is the processing batch: the events of one stream in a batch get the audience asked for the first.
        String type = domainEvent.getType();
        UUID id = UUID.fromString(domainEvent.getAggregateIdentifier());
        return switch (type) {
            case "TransferManifest" -> ProcessingBatch.lookUpOnce("event-audiences-manifests", id,
                    () -> streams(event, type), Audience.NOBODY, this::manifests);
            case "WasteBatch" -> ProcessingBatch.lookUpOnce("event-audiences-batches", id,
                    () -> streams(event, type), Audience.NOBODY, this::batches);
            default -> ProcessingBatch.<String, Audience>memo("event-audiences")
                    .computeIfAbsent(type + ":" + id, key -> of(type, id));
        };
    }

    /** The streams of {@code type} the batch's events belong to. */
    private static Set<UUID> streams(EventMessage<?> current, String type) {
        Set<UUID> ids = new HashSet<>();
        for (Message<?> message : ProcessingBatch.messages(current)) {
            if (message instanceof DomainEventMessage<?> domain && type.equals(domain.getType())) {
                ids.add(UUID.fromString(domain.getAggregateIdentifier()));
            }
        }
        return ids;
    }

    private Audience of(String aggregateType, UUID id) {
        return switch (aggregateType) {
            case "TransferApproval" -> approval(id);
            case "TargetedExemption" -> exemption(id);
            case "Enterprise" -> enterprise(id);
            case "CollectionRound" -> collectionRound(id);
            default -> Audience.NOBODY;
        };
    }

    /** One query for all of them; a manifest without a row in the view stays nobody's. */
    private void manifests(Set<UUID> ids, Map<UUID, Audience> known) {
        InClause.chunks(ids).forEach(chunk -> jdbc.query("select id, consignor_id, receiver_id, carrier_ids, "
                + "origin_region, destination_region from manifest_view where id " + chunk.in(), rs -> {
            List<UUID> parties = new ArrayList<>(List.of(rs.getObject("consignor_id", UUID.class),
                    rs.getObject("receiver_id", UUID.class)));
            for (String carrier : rs.getString("carrier_ids").split(",")) {
                parties.add(UUID.fromString(carrier));
            }
            known.put(rs.getObject("id", UUID.class), Audience.of(parties,
                    List.of(rs.getString("origin_region"), rs.getString("destination_region"))));
        }, chunk.values()));
    }

    /**
     * A batch's parties see it; regulators where it came from or went to (its producer's and receivers' regions), as
     * on the batch's own endpoints: a carrier's seat is where the truck is registered, not where the waste was.
     */
    private void batches(Set<UUID> ids, Map<UUID, Audience> known) {
        Map<UUID, List<UUID>> parties = new HashMap<>();
        Map<UUID, List<String>> regions = new HashMap<>();
        InClause.chunks(ids).forEach(chunk -> jdbc.query("select batch_id, party_id, relation, region_code "
                + "from batch_party where batch_id " + chunk.in(), rs -> {
                    UUID batch = rs.getObject("batch_id", UUID.class);
                    parties.computeIfAbsent(batch, b -> new ArrayList<>()).add(rs.getObject("party_id", UUID.class));
                    List<String> seats = regions.computeIfAbsent(batch, b -> new ArrayList<>());
                    if (!"CARRIER".equals(rs.getString("relation"))) {
                        seats.add(rs.getString("region_code"));
                    }
                }, chunk.values()));
        parties.forEach((batch, members) -> known.put(batch, Audience.of(members, regions.get(batch))));
    }

    private Audience approval(UUID id) {
        return jdbc.query("select consignor_id, receiver_id, consignor_region, receiver_region from approval_view "
                + "where id = ?", rs -> rs.next() ? Audience.of(
                List.of(rs.getObject("consignor_id", UUID.class), rs.getObject("receiver_id", UUID.class)),
                List.of(rs.getString("consignor_region"), rs.getString("receiver_region"))) : Audience.NOBODY, id);
    }

    /** As its endpoints: the producer and the utilizer, and the regulators of either's region. */
    private Audience exemption(UUID id) {
        return jdbc.query("select producer_id, utilizer_id, producer_region, utilizer_region from exemption_view "
                + "where id = ?", rs -> rs.next() ? Audience.of(
                List.of(rs.getObject("producer_id", UUID.class), rs.getObject("utilizer_id", UUID.class)),
                List.of(rs.getString("producer_region"), rs.getString("utilizer_region"))) : Audience.NOBODY, id);
    }

    /** As its endpoints: the collector, the carrier, the stops' producers, and the regulators of their regions. */
    private Audience collectionRound(UUID id) {
        List<UUID> parties = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        jdbc.query("select collector_id, carrier_id, collector_region from collection_round_view where id = ?", rs -> {
            parties.add(rs.getObject("collector_id", UUID.class));
            parties.add(rs.getObject("carrier_id", UUID.class));
            regions.add(rs.getString("collector_region"));
        }, id);
        jdbc.query("select producer_id, producer_region from collection_round_stop_view where round_id = ?", rs -> {
            parties.add(rs.getObject("producer_id", UUID.class));
            regions.add(rs.getString("producer_region"));
        }, id);
        return parties.isEmpty() ? Audience.NOBODY : Audience.of(parties, regions);
    }

    private Audience enterprise(UUID id) {
        return jdbc.query("select region_code from enterprise_view where id = ?", rs -> rs.next()
                ? Audience.of(List.of(id), List.of(rs.getString("region_code"))) : Audience.NOBODY, id);
    }
}
