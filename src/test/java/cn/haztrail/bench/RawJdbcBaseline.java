package cn.haztrail.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limit: the same number of event rows as HazTrail stored, with HazTrail's own payloads, written by the
 * same number of clients with JDBC batch inserts (500 rows a transaction) into a table shaped and indexed like
 * domain_event_entry. No aggregate is loaded, nothing is checked, no projection runs.
 */
final class RawJdbcBaseline {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    RawJdbcBaseline(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        jdbc.execute("create table if not exists bench_raw_event (global_index bigint not null primary key, "
                + "sequence_number bigint not null, meta_data bytea, payload bytea not null, "
                + "aggregate_identifier varchar(255) not null, event_identifier varchar(255) not null unique, "
                + "payload_revision varchar(255), payload_type varchar(255) not null, "
                + "time_stamp varchar(255) not null, type varchar(255), "
                + "unique (aggregate_identifier, sequence_number))");
    }

    /** @return seconds taken to insert {@code rows} rows */
    double insert(long rows, int clients) throws Exception {
        List<Object[]> samples = jdbc.query("select meta_data, payload, payload_revision, payload_type, time_stamp, "
                + "type from domain_event_entry order by global_index desc limit 1000", (rs, i) -> new Object[]{
                rs.getBytes(1), rs.getBytes(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
        AtomicLong next = new AtomicLong(1 + jdbc.queryForObject("select coalesce(max(global_index), 0) "
                + "from bench_raw_event", Long.class));
        long last = next.get() + rows;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    long from;
                    while ((from = next.getAndAdd(BATCH)) < last) {
                        insertBatch(samples, from, Math.min(last, from + BATCH));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Rows of ten-event streams, as a lifecycle's batch and manifest are about that long. */
    private void insertBatch(List<Object[]> samples, long from, long to) {
        List<Object[]> rows = new ArrayList<>();
        String aggregate = UUID.randomUUID().toString();
        for (long index = from; index < to; index++) {
            if (index % 10 == 0) {
                aggregate = UUID.randomUUID().toString();
            }
            Object[] sample = samples.get((int) (index % samples.size()));
            rows.add(new Object[]{index, index % 10, sample[0], sample[1], aggregate, UUID.randomUUID().toString(),
                    sample[2], sample[3], sample[4], sample[5]});
        }
        transaction.executeWithoutResult(status -> jdbc.batchUpdate("insert into bench_raw_event (global_index, "
                + "sequence_number, meta_data, payload, aggregate_identifier, event_identifier, payload_revision, "
                + "payload_type, time_stamp, type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
    }
}
