package cn.haztrail.backflow;

import cn.haztrail.backflow.command.BackflowJob;
import cn.haztrail.backflow.command.BackflowJobs;
import cn.haztrail.backflow.command.BackflowRunner;
import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.FileFormat;
import cn.haztrail.backflow.format.RecordReader;
import cn.haztrail.backflow.format.RecordWriter;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.backflow.query.CityExport;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a receipt line's weighbridge ticket (过磅单号) and the unit its mass was accepted in come in with a backflow
 * record as a native receipt takes them (R27, R17), and the city export carries them back out.
 */
@IntegrationTest
class BackflowWeighingTest {

    @Autowired
    BackflowRunner runner;
    @Autowired
    BackflowJobs jobs;
    @Autowired
    CityExport export;

    private BackflowJob importFile(byte[] content) {
        UUID id = runner.create("records.jsonl", "WEIGHING", content, "regulator-jdz", "REGULATOR", "360200");
        runner.run(id);
        return jobs.find(id).orElseThrow();
    }

    /** A manifest of one batch received whole, weighed in {@code unit}, with {@code ticket}. */
    private static byte[] weighed(int serial, String unit, String ticket) {
        BackflowFile file = new BackflowFile().batch("B" + serial, serial);
        Map<String, String> manifest = file.manifestRecord("M" + serial, "B" + serial, 900000 + serial);
        manifest.put("lineAcceptedUnits", unit);
        manifest.put("lineWeighbridgeTickets", ticket);
        return file.add(manifest).jsonLines();
    }

    @Test
    void a_receipt_weighed_in_kilograms_with_its_weighbridge_ticket_imports_and_exports_them_back() {
        BackflowJob job = importFile(weighed(121, "kg", "FL-20260305-0042"));
        assertThat(job.refused()).isZero();
        assertThat(job.imported()).isEqualTo(2);

        StringWriter csv = new StringWriter();
        try (RecordWriter writer = new RecordWriter(FileFormat.CSV, csv)) {
            export.export("360200", writer);
        }

        SourceRecord manifest = exported(csv.toString(), "20263602900121");
        assertThat(manifest.get(Field.LINE_ACCEPTED_TONNES)).isEqualTo("1.18");
        assertThat(manifest.get(Field.LINE_ACCEPTED_UNITS)).isEqualTo("kg");
        assertThat(manifest.get(Field.LINE_WEIGHBRIDGE_TICKETS)).isEqualTo("FL-20260305-0042");
    }

    @Test
    void R27_a_weighbridge_ticket_that_is_no_ticket_reference_is_refused_naming_its_field() {
        BackflowJob job = importFile(weighed(122, "t", "#0042!"));

        List<BackflowJobs.RefusedRecord> refusals = jobs.refusals(job.id());
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).line()).isEqualTo(2);
        assertThat(refusals.get(0).field()).isEqualTo("lineWeighbridgeTickets");
        assertThat(refusals.get(0).rule()).isEqualTo("R27");
        assertThat(refusals.get(0).text().code()).isEqualTo("refused.backflow.weighbridge-ticket");
    }

    @Test
    void R17_an_accepted_unit_that_is_no_mass_is_refused_naming_its_field() {
        BackflowJob job = importFile(weighed(123, "L", ""));

        List<BackflowJobs.RefusedRecord> refusals = jobs.refusals(job.id());
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).line()).isEqualTo(2);
        assertThat(refusals.get(0).field()).isEqualTo("lineAcceptedUnits");
        assertThat(refusals.get(0).rule()).isEqualTo("R17");
        assertThat(refusals.get(0).text().code()).isEqualTo("refused.backflow.accepted-unit");
    }

    @Test
    void R27_a_mass_more_than_ten_times_the_declared_one_is_refused_as_natively_a_unit_slip() {
        BackflowFile file = new BackflowFile().batch("B124", 124);
        Map<String, String> manifest = file.manifestRecord("M124", "B124", 900124);
        manifest.put("lineAcceptedTonnes", "1180");
        BackflowJob job = importFile(file.add(manifest).jsonLines());

        List<BackflowJobs.RefusedRecord> refusals = jobs.refusals(job.id());
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).line()).isEqualTo(2);
        assertThat(refusals.get(0).field()).isEqualTo("lineAcceptedTonnes");
        assertThat(refusals.get(0).rule()).isEqualTo("R27");
        assertThat(refusals.get(0).text().code()).isEqualTo("refused.manifest.implausible-acceptance");
    }

    private static SourceRecord exported(String file, String manifestNumber) {
        List<SourceRecord> found = new ArrayList<>();
        RecordReader.read(file.getBytes(StandardCharsets.UTF_8), 1, read -> {
            if (read.record() != null && manifestNumber.equals(read.record().get(Field.MANIFEST_NUMBER))) {
                found.add(read.record());
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
