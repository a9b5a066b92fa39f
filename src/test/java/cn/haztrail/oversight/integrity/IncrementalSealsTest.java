package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.axon.integrity.ChainedEvent;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R23, seals that grow with activity rather than with the store: each seal names the stream heads changed since the
 * previous seal and is chained to it; the chain is verified, and auditors list the roots to publish them. Tampering
 * tests put the rows back afterwards: the other tests share this store.
 */
@IntegrationTest
class IncrementalSealsTest {

    private static final String INTEGRITY = "/api/v1/oversight/integrity";
    private static final String REGULATOR = "regulator-jdz";

    @Autowired
    Api api;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Seals seals;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    private StoredRows rows;

    private CarrierStreams streams;

    @BeforeEach
    void setUp() {
        rows = new StoredRows(jdbc);
        streams = new CarrierStreams(api, jdbc);
    }

    private JsonNode seal() throws Exception {
        return api.read(api.post(REGULATOR, INTEGRITY + "/seals", Map.of()).andExpect(status().isCreated()));
    }

    private JsonNode storedPayload(String sealId) throws Exception {
        return json.readTree(rows.payload(sealId, 0));
    }

    @Test
    void R23_a_seal_names_only_the_stream_heads_changed_since_the_previous_seal() throws Exception {
        String stream = streams.register();
        JsonNode first = seal();
        streams.addVehicle(stream);

        JsonNode second = seal();

        Set<String> named = new HashSet<>();
        storedPayload(second.get("sealId").asString()).get("heads").forEach(head -> named.add(
                head.get("streamId").asString()));
        Set<String> changed = new HashSet<>(jdbc.queryForList("select distinct aggregate_identifier from "
                        + "domain_event_entry where global_index > ? and global_index < ? and payload_type <> ?",
                String.class, first.get("globalIndex").asLong(), second.get("globalIndex").asLong(),
                IntegritySealed.class.getName()));
        long streams = jdbc.queryForObject("select count(distinct aggregate_identifier) from domain_event_entry",
                Long.class);
        assertThat(named).contains(stream).isEqualTo(changed);
        assertThat(second.get("headCount").asInt()).isEqualTo(named.size()).isLessThan((int) streams / 2);
    }

    @Test
    void R23_each_seal_is_chained_to_the_root_of_the_seal_before_it() throws Exception {
        JsonNode first = seal();

        JsonNode second = seal();

        assertThat(second.get("previousSealId").asString()).isEqualTo(first.get("sealId").asString());
        assertThat(second.get("previousRoot").asString()).isEqualTo(first.get("root").asString());
        JsonNode payload = storedPayload(second.get("sealId").asString());
        assertThat(Auditor.merkleRoot(payload.get("heads"))).isEqualTo(second.get("merkleRoot").asString());
        assertThat(sealRoot(first.get("root").asString(), second.get("merkleRoot").asString()))
                .isEqualTo(second.get("root").asString()).isEqualTo(payload.get("root").asString());
    }

    @Test
    void R23_an_older_seal_rewritten_with_a_fresh_hash_is_reported_by_the_next_seals_link() throws Exception {
        String stream = streams.register();
        String older = seal().get("sealId").asString();
        streams.addVehicle(stream);
        seal();
        List<Map<String, Object>> original = rows.snapshot(older);
        try {
            // Someone with database access hides that the stream was sealed, keeping the older seal self-consistent.
            Map<String, Object> row = original.get(0);
            ObjectNode payload = (ObjectNode) json.readTree((byte[]) row.get("payload"));
            ArrayNode heads = (ArrayNode) payload.get("heads");
            for (int i = heads.size() - 1; i >= 0; i--) {
                if (heads.get(i).get("streamId").asString().equals(stream)) {
                    heads.remove(i);
                }
            }
            String merkleRoot = Auditor.merkleRoot(heads);
            payload.put("merkleRoot", merkleRoot);
            payload.put("headCount", heads.size());
            JsonNode previousRoot = payload.path("previousRoot");
            payload.put("root", sealRoot(previousRoot.isString() ? previousRoot.asString() : null, merkleRoot));
            Map<String, Object> forgedRow = new HashMap<>(row);
            forgedRow.put("payload", json.writeValueAsBytes(payload));
            ObjectNode meta = (ObjectNode) json.readTree((byte[]) row.get("meta_data"));
            meta.put(ChainedEvent.HASH, Auditor.eventHash(forgedRow, null));
            rows.overwrite(older, 0, (byte[]) forgedRow.get("payload"), json.writeValueAsBytes(meta));

            JsonNode report = api.read(api.get(REGULATOR, INTEGRITY).andExpect(status().isOk()));
            assertThat(report.get("status").asString()).isEqualTo("BROKEN");
            assertThat(report.get("firstFailure").get("streamId").asString()).isEqualTo(older);
            assertThat(report.get("firstFailure").get("reason").asString()).isEqualTo("SEAL_INVALID");
        } finally {
            rows.restore(older, original);
        }
        assertThat(api.read(api.get(REGULATOR, INTEGRITY)).get("status").asString()).isEqualTo("OK");
    }

    @Test
    void R23_a_stream_removed_after_a_later_seal_that_does_not_name_it_is_still_reported() throws Exception {
        String stream = streams.register();
        seal();
        seal();
        List<Map<String, Object>> original = rows.snapshot(stream);
        try {
            rows.delete(stream, 0);

            JsonNode failure = api.read(api.get(REGULATOR, INTEGRITY + "/" + stream).andExpect(status().isOk()))
                    .get("firstFailure");
            assertThat(failure.get("streamId").asString()).isEqualTo(stream);
            assertThat(failure.get("reason").asString()).isEqualTo("STREAM_REMOVED");
        } finally {
            rows.restore(stream, original);
        }
    }

    @Test
    void R23_auditors_list_the_seal_roots_newest_first() throws Exception {
        JsonNode first = seal();
        JsonNode second = seal();

        JsonNode page = api.read(api.get(REGULATOR, INTEGRITY + "/seals?page=0&size=2").andExpect(status().isOk()));

        JsonNode items = page.get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("sealId").asString()).isEqualTo(second.get("sealId").asString());
        assertThat(items.get(0).get("root").asString()).isEqualTo(second.get("root").asString());
        assertThat(items.get(0).get("previousSealId").asString()).isEqualTo(first.get("sealId").asString());
        assertThat(items.get(0).get("headCount").asInt()).isEqualTo(second.get("headCount").asInt());
        assertThat(Instant.parse(items.get(0).get("sealedAt").asString())).isNotNull();
        assertThat(items.get(1).get("sealId").asString()).isEqualTo(first.get("sealId").asString());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void R23_two_seals_taken_at_once_form_one_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<SealView> a = pool.submit(() -> {
                start.await();
                return seals.seal(AuditMetadata.SYSTEM_ACCOUNT, null);
            });
            Future<SealView> b = pool.submit(() -> {
                start.await();
                return seals.seal(AuditMetadata.SYSTEM_ACCOUNT, null);
            });
            start.countDown();
            SealView first = a.get(2, TimeUnit.MINUTES);
            SealView second = b.get(2, TimeUnit.MINUTES);

            assertThat(List.of(first.previousSealId(), second.previousSealId()))
                    .containsAnyOf(first.sealId(), second.sealId());
            assertThat(first.previousSealId()).isNotEqualTo(second.previousSealId());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void R23_a_revision_1_seal_replayed_from_the_event_store_reads_as_the_first_seal_of_a_chain() throws Exception {
        byte[] revision1;
        try (var in = getClass().getResourceAsStream("/upcasting/IntegritySealed-revision-1.json")) {
            revision1 = in.readAllBytes();
        }
        var row = new GenericDomainEventEntry<>(null, "2b6f0c8e-4d1a-4e3b-9c5d-7f8e9a0b1c2d", 0,
                "2b6f0c8e-4d1a-4e3b-9c5d-7f8e9a0b1c2d", Instant.parse("2026-11-23T08:15:30.123Z"),
                IntegritySealed.class.getName(), "1", revision1, "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> read = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(row, eventSerializer))).toList();

        IntegritySealed sealed = eventSerializer.deserialize(read.get(0).getData());
        assertThat(sealed.previousSealId()).isNull();
        assertThat(sealed.root()).isEqualTo(sealed.merkleRoot());
        assertThat(sealed.headCount()).isEqualTo(2).isEqualTo(sealed.heads().size());
    }

    /** A seal's root as an auditor recomputes it (README): SHA-256 of 0x02 and the canonical form of both roots. */
    private static String sealRoot(String previousRoot, String merkleRoot) throws Exception {
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(0x02);
        form.writeBytes("haztrail-seal-link/1\n".getBytes(StandardCharsets.US_ASCII));
        for (String field : new String[]{previousRoot, merkleRoot}) {
            if (field == null) {
                form.writeBytes("-\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] value = field.getBytes(StandardCharsets.UTF_8);
                form.writeBytes((value.length + ":").getBytes(StandardCharsets.US_ASCII));
                form.writeBytes(value);
                form.write('\n');
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(form.toByteArray()));
    }
}
