package cn.haztrail.ledger.export;

import cn.haztrail.ledger.query.LedgerFilter;
import cn.haztrail.ledger.query.Register;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a load balancer the download of an export reaches any node, not the one that wrote it; and export files
 * do not pile up forever.
 */
@IntegrationTest
class ExportFilesAnyNodeTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerExports exports;
    @Autowired
    ExportRetention retention;
    @Value("${haztrail.ledger.exports-dir:${java.io.tmpdir}/haztrail-ledger-exports}")
    Path scratch;

    UUID facility;
    LedgerFilter incoming;

    @BeforeEach
    void threeReceipts() {
        facility = UUID.randomUUID();
        for (int i = 1; i <= 3; i++) {
            UUID batch = UUID.randomUUID();
            Instant at = LocalDate.parse("2026-03-0" + i).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
            jdbc.update("""
                    insert into ledger_line (line_key, enterprise_id, movement, batch_id, waste_code, quantity_value,
                        quantity_unit, tonnes, method_code, counterparty_id, occurred_at, occurred_on)
                    values (?, ?, 'RECEIVED', ?, '900-249-08', ?, 'kg', ?, 'D10', ?, ?, ?)""",
                    batch + ":R:-:" + facility, facility, batch, new BigDecimal(i * 100),
                    new BigDecimal(i * 100).movePointLeft(3), UUID.randomUUID(), Timestamp.from(at),
                    Date.valueOf("2026-03-0" + i));
        }
        incoming = new LedgerFilter(facility, Register.INCOMING, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"), null, null);
    }

    @Test
    void a_finished_export_downloads_from_a_node_that_never_saw_its_file() throws Exception {
        UUID job = finishedExport();
        // another node's disk: nothing of this node's scratch directory
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }

        LedgerExports.ExportFile file = exports.file(facility, job).orElseThrow();

        String text;
        try (InputStream in = file.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).startsWith("\uFEFF日期").contains("2026-03-01", "2026-03-02", "2026-03-03");
        assertThat(text.lines().count()).isEqualTo(4);
        assertThat(file.sizeBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void an_export_is_deleted_a_week_after_it_finished_and_a_newer_one_is_kept() throws Exception {
        UUID old = finishedExport();
        UUID recent = finishedExport();
        jdbc.update("update ledger_export_job set finished_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(8))), old);

        retention.deleteExpired();

        assertThat(exports.find(facility, old)).isEmpty();
        assertThat(exports.file(facility, old)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ledger_export_chunk where job_id = ?", Long.class, old))
                .isZero();
        assertThat(exports.file(facility, recent)).isPresent();
    }

    private UUID finishedExport() throws InterruptedException {
        UUID id = exports.start(incoming, ExportFormat.CSV, "test").orElseThrow().id();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (exports.find(facility, id).orElseThrow().state() == ExportState.RUNNING
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(exports.find(facility, id).orElseThrow().state()).isEqualTo(ExportState.COMPLETED);
        return id;
    }
}
