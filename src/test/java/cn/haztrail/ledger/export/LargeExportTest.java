package cn.haztrail.ledger.export;

import cn.haztrail.ledger.query.LedgerFilter;
import cn.haztrail.ledger.query.Register;
import cn.haztrail.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A year of a large facility: 100,000 incoming lines, inserted straight into the ledger table (the projection is
 * proven elsewhere), exported as jobs to CSV and XLSX; each file must hold every line, in order. The XLSX is read
 * back as a stream of its sheet's XML, so the test itself stays in bounded memory too.
 */
@IntegrationTest
class LargeExportTest {

    private static final int LINES = 100_000;
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerExports exports;

    /** Inserted once for both tests: the lines are only read. */
    static UUID facility;
    static LedgerFilter incoming;

    @BeforeEach
    void aYearOfReceipts() {
        if (facility != null) {
            return;
        }
        facility = UUID.randomUUID();
        UUID producer = UUID.randomUUID();
        LocalDate first = LocalDate.parse("2026-01-01");
        List<Object[]> rows = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            LocalDate day = first.plusDays(i % 365);
            UUID batch = UUID.randomUUID();
            rows.add(new Object[]{batch + ":R:-:" + facility, facility, "RECEIVED", batch, "900-249-08",
                    new BigDecimal(i % 1000 + 1), "kg", new BigDecimal(i % 1000 + 1).movePointLeft(3), "D10",
                    producer, Timestamp.from(day.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8))
                    .plusSeconds(i % 86_000)), Date.valueOf(day)});
        }
        jdbc.batchUpdate("""
                insert into ledger_line (line_key, enterprise_id, movement, batch_id, waste_code, quantity_value,
                    quantity_unit, tonnes, method_code, counterparty_id, occurred_at, occurred_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        incoming = new LedgerFilter(facility, Register.INCOMING, first, first.plusDays(364), null, null);
    }

    @Test
    void a_year_of_a_large_facility_exports_every_line_to_csv() throws Exception {
        ExportJobView job = finished(exports.start(incoming, ExportFormat.CSV, "test").orElseThrow());

        assertThat(job.total()).isEqualTo(LINES);
        assertThat(job.written()).isEqualTo(LINES);
        try (Reader reader = new java.io.InputStreamReader(exports.file(facility, job.id()).orElseThrow().open(),
                StandardCharsets.UTF_8); CSVParser csv = CSVFormat.RFC4180.parse(reader)) {
            Iterator<CSVRecord> records = csv.iterator();
            assertThat(records.next().get(0)).isEqualTo("\uFEFF日期");
            long count = 0;
            String lastDay = "";
            while (records.hasNext()) {
                CSVRecord record = records.next();
                assertThat(record.get(0)).isGreaterThanOrEqualTo(lastDay);
                lastDay = record.get(0);
                count++;
            }
            assertThat(count).isEqualTo(LINES);
            assertThat(lastDay).isEqualTo("2026-12-31");
        }
    }

    @Test
    void a_year_of_a_large_facility_exports_every_line_to_xlsx() throws Exception {
        ExportJobView job = finished(exports.start(incoming, ExportFormat.XLSX, "test").orElseThrow());

        assertThat(job.written()).isEqualTo(LINES);
        java.nio.file.Path copy = Files.createTempFile("large-export", ".xlsx");
        try {
            try (InputStream file = exports.file(facility, job.id()).orElseThrow().open()) {
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (ZipFile zip = new ZipFile(copy.toFile());
                 InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
                long rows = 0;
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        rows++;
                    }
                }
                assertThat(rows).isEqualTo(LINES + 1);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private ExportJobView finished(ExportJobView started) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        ExportJobView job = started;
        while (job.state() == ExportState.RUNNING) {
            if (System.nanoTime() > deadline) {
                fail("waited " + LIMIT.toMinutes() + " min for export " + job.id() + "; last seen: " + job);
            }
            Thread.sleep(100);
            job = exports.find(facility, started.id()).orElseThrow();
            assertThat(job.written()).isBetween(0L, (long) LINES);
        }
        assertThat(job.state()).isEqualTo(ExportState.COMPLETED);
        assertThat(job.finishedAt()).isAfterOrEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        return job;
    }
}
