package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.ReadRecord;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.RecordType;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.imports.ChunkTurns;
import cn.haztrail.shared.imports.ImportedEventWriter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Imports one chunk of records in one transaction: checks each, stores the events of those accepted, writes the
 * imported rows, the refusals and the job's progress. Either all of it commits or nothing does, so a job resumed
 * after a crash starts at the first line not committed and stores no event twice. The custody processes' commands
 * wait while a chunk appends, from its first event to its commit ({@link ChunkTurns}).
 */
@Component
class ChunkImport {

    /** Rows the chunk's flush writes go to the database this many to a round trip. */
    private static final int JDBC_BATCH = 100;

    private final TransactionTemplate transaction;
    private final EventStore eventStore;
    private final List<ImportedEventWriter> writers;
    @PersistenceContext
    private EntityManager entityManager;
    private final ImportedRows rows;
    private final BackflowJobs jobs;
    private final JdbcTemplate jdbc;
    private final ChunkTurns turns;

    ChunkImport(TransactionTemplate transaction, EventStore eventStore, List<ImportedEventWriter> writers,
                ImportedRows rows, BackflowJobs jobs, JdbcTemplate jdbc, ChunkTurns turns) {
        this.transaction = transaction;
        this.eventStore = eventStore;
        this.writers = writers;
        this.rows = rows;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.turns = turns;
    }

    ChunkCounts run(BackflowJob job, List<ReadRecord> chunk, int nextLine, CheckContext context, UUID node) {
        try (ChunkTurns.ChunkTurn turn = turns.chunkTurn()) {
            return transaction.execute(status -> importChecked(job, chunk, nextLine, context, node, turn));
        }
    }

    /** Inside the chunk's transaction; it writes nothing until it has its turn, after every check. */
    private ChunkCounts importChecked(BackflowJob job, List<ReadRecord> chunk, int nextLine, CheckContext context,
                                      UUID node, ChunkTurns.ChunkTurn turn) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        ChunkCounts counts = new ChunkCounts();
        // every row the chunk's records name, a manifest's line batches too, read in one query
        List<String> ids = chunk.stream().map(ReadRecord::record).filter(Objects::nonNull)
                .flatMap(record -> Stream.concat(Stream.of(record.get(Field.SOURCE_RECORD_ID),
                        record.get(Field.BATCH_SOURCE_ID)), lineBatches(record)))
                .filter(Objects::nonNull).distinct().toList();
        ChunkState state = new ChunkState(ids.isEmpty() ? Map.of() : rows.find(context.sourceSystem(), ids),
                new StoredHolders(named(chunk, Field.MANIFEST_NUMBER), this::claimedNumbers, this::claimedNumber),
                new StoredHolders(named(chunk, Field.LABEL_ID), this::labelHolders, this::labelHolder));
        BulkAppender appender = new BulkAppender(eventStore, writers, audit(job));
        for (ReadRecord read : chunk) {
            if (read.refused() != null) {
                counts.refused(read.line(), read.refused());
                continue;
            }
            RecordPlan plan;
            try {
                plan = RecordChecks.plan(read.record(), state, context);
            } catch (RecordRefused refused) {
                counts.refused(read.line(), refused);
                continue;
            }
            counts.count(plan);
            RecordType type = RecordType.valueOf(read.record().get(Field.RECORD_TYPE).toUpperCase(
                    java.util.Locale.ROOT));
            if (plan.outcome() == RecordOutcome.IMPORTED && type != RecordType.DISPOSAL) {
                appender.begins(plan.events().get(0).aggregateId());
            }
            for (PlannedEvent event : plan.events()) {
                appender.add(event, context.sourceSystem(), read.record().get(Field.SOURCE_RECORD_ID), job.id(),
                        context.now());
            }
        }
        turn.take();
        appender.publish();
        rows.insert(state.inserted());
        rows.update(state.updated());
        jobs.chunkDone(job.id(), nextLine, counts, node, Instant.now());
        return counts;
    }

    /** The source ids of the batches a manifest record's lines name; none for another record. */
    private static Stream<String> lineBatches(SourceRecord record) {
        String lines = record.get(Field.LINE_BATCHES);
        return lines == null ? Stream.empty() : Arrays.stream(lines.split("\\|")).map(String::strip);
    }

    /** The values the chunk's records give a field, as read. */
    private static java.util.Set<String> named(List<ReadRecord> chunk, Field field) {
        return chunk.stream().map(ReadRecord::record).filter(Objects::nonNull).map(record -> record.get(field))
                .filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    }

    private Map<String, UUID> claimedNumbers(java.util.Set<String> numbers) {
        Map<String, UUID> holders = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query("select claim_value, owner_id from claimed_identifier "
                        + "where kind = 'MANIFEST_NUMBER' and claim_value in (:numbers)", Map.of("numbers", numbers),
                (java.sql.ResultSet row) -> {
                    holders.putIfAbsent(row.getString(1), row.getObject(2, UUID.class));
                });
        return holders;
    }

    private Map<String, UUID> labelHolders(java.util.Set<String> labels) {
        Map<String, UUID> holders = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query("select label_id, batch_id from batch_custody "
                        + "where label_id in (:labels)", Map.of("labels", labels),
                (java.sql.ResultSet row) -> {
                    holders.putIfAbsent(row.getString(1), row.getObject(2, UUID.class));
                });
        return holders;
    }

    /** Who holds a manifest number: the command side's claims (R11), native and imported manifests alike. */
    private Optional<UUID> claimedNumber(String number) {
        return jdbc.queryForList("select owner_id from claimed_identifier where kind = 'MANIFEST_NUMBER' "
                + "and claim_value = ?", UUID.class, number).stream().findFirst();
    }

    /** Which batch holds a label id (R07): the command side's custody table has every batch, native or imported. */
    private Optional<UUID> labelHolder(String labelId) {
        return jdbc.queryForList("select batch_id from batch_custody where label_id = ?", UUID.class, labelId)
                .stream().findFirst();
    }

    /** The importer as every event of the job records it (R22): the account and role that started the job. */
    private static Map<String, Object> audit(BackflowJob job) {
        Map<String, Object> audit = new HashMap<>();
        audit.put(AuditMetadata.ACCOUNT_ID, job.accountId());
        audit.put(AuditMetadata.ROLE, job.role());
        return audit;
    }
}
