package cn.haztrail.demo;

import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.batch.application.DisposalRecording;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.manifest.application.ManifestDraft;
import cn.haztrail.manifest.application.ManifestDrafting;
import cn.haztrail.manifest.application.ManifestReceipt;
import cn.haztrail.manifest.application.ManifestSubmission;
import cn.haztrail.manifest.application.ManifestTransport;
import cn.haztrail.manifest.application.StepAccess;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.*;

/**
 * A little history for the demo, made through the same services as real use, so that a regulator on a fresh
 * embedded run finds a chain of custody, indicators, a discrepancy and a storage alert: the chemical plant sent two
 * batches to the disposal centre (one weighed 10 % short), keeps a third in storage, and the hospital's medical waste
 * is past its 48-hour limit.
 */
@Component
// haztrail.demo.history=false: the demo parties without their history (an installation a backflow file fills)
@ConditionalOnExpression("${haztrail.demo.enabled:false} and ${haztrail.demo.history:true}")
@Order(2)
class DemoActivity implements ApplicationRunner {

    static final UUID MANIFEST = id("manifest-1");
    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    private final CommandGateway commands;
    private final EnterpriseQueries enterprises;
    private final ManifestQueries manifests;
    private final ManifestDrafting drafting;
    private final ManifestSubmission submission;
    private static final LateEntryReason BACKFILL = LateEntryReason.PAPER_BACKFILL;

    private final ManifestTransport transport;
    private final ManifestReceipt receipt;
    private final DisposalRecording disposal;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DemoActivity(CommandGateway commands, EnterpriseQueries enterprises, ManifestQueries manifests,
                 ManifestDrafting drafting, ManifestSubmission submission, ManifestTransport transport,
                 ManifestReceipt receipt, DisposalRecording disposal, WorkingDayCalendar calendar, Clock clock) {
        this.commands = commands;
        this.enterprises = enterprises;
        this.manifests = manifests;
        this.drafting = drafting;
        this.submission = submission;
        this.transport = transport;
        this.receipt = receipt;
        this.disposal = disposal;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (manifests.record(MANIFEST).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        UUID oil = batch("oil", CHEMICAL_PLANT, "900-249-08", "1200", PhysicalForm.LIQUID, PackagingType.DRUM, 6,
                List.of(HazardCharacteristic.T, HazardCharacteristic.I), now.minus(Duration.ofDays(5)));
        UUID packs = batch("packs", CHEMICAL_PLANT, "900-041-49", "300", PhysicalForm.SOLID, PackagingType.BAG, 15,
                List.of(HazardCharacteristic.T), now.minus(Duration.ofDays(5)));
        batch("acid", CHEMICAL_PLANT, "336-064-17", "800", PhysicalForm.SEMI_SOLID, PackagingType.DRUM, 4,
                List.of(HazardCharacteristic.C), now.minus(Duration.ofDays(2)));
        batch("infectious", HOSPITAL, "841-001-01", "80", PhysicalForm.SOLID, PackagingType.BOX, 8,
                List.of(HazardCharacteristic.In), now.minus(Duration.ofDays(3)));

        // The trip happened days ago and is entered now, in order (R25), as a paper backfill (R26); the disposal is live.
        Instant pickedUpAt = now.minus(Duration.ofDays(4));
        drafting.draft(new ManifestDraft(MANIFEST, ManifestKind.TRANSFER, CHEMICAL_PLANT, DISPOSAL_CENTRE,
                List.of(CARRIER), "赣H12345", pickedUpAt.atZone(calendar.zone()).toLocalDate(),
                List.of(oil, packs), "D10", null, "泄漏时用吸附棉围堵，禁止明火，报告0798-8561234", null,
                pickedUpAt.minus(Duration.ofHours(2)), BACKFILL));
        submission.submit(MANIFEST, StepAccess.SYSTEM, null, pickedUpAt.minus(Duration.ofHours(1)), BACKFILL);
        transport.pickUp(MANIFEST, StepAccess.SYSTEM, CARRIER, "赣H12345",
                new PersonalDetails("李师傅", "13807981234", null, false),
                manifests.lines(MANIFEST).stream().map(line -> line.labelId()).toList(), pickedUpAt, BACKFILL, null);
        transport.arrive(MANIFEST, StepAccess.SYSTEM, CARRIER, pickedUpAt.plus(Duration.ofHours(3)), BACKFILL);
        receipt.receive(MANIFEST, StepAccess.SYSTEM, DISPOSAL_CENTRE, List.of(
                new ReceiptLine(oil, LineDecision.ACCEPT, Quantity.kg("1180"), true, true, true, true, 6, "D10", null),
                new ReceiptLine(packs, LineDecision.PARTIAL, Quantity.kg("270"), true, true, true, true, 15, "D10",
                        "过磅少10%")), now.minus(Duration.ofDays(3)), BACKFILL, null);
        disposal.record(oil, () -> "900-249-08", DISPOSAL_CENTRE, "D10", Quantity.kg("1180"),
                now.atZone(calendar.zone()).toLocalDate(), null, null, null);
        log.info("Loaded the demo history: manifest {} received with a discrepancy, batches in storage", MANIFEST);
    }

    private UUID batch(String name, UUID producer, String code, String kg, PhysicalForm form, PackagingType packaging,
                       int containers, List<HazardCharacteristic> hazards, Instant generatedAt) {
        UUID batchId = id("batch-" + name);
        String creditCode = enterprises.profile(producer, false).orElseThrow().creditCode();
        commands.sendAndWait(new RegisterBatch(batchId, producer, creditCode, "2021", code, Quantity.kg(kg), form,
                new Packaging(packaging, containers), hazards, "见危险废物识别标签", generatedAt, "危废暂存间"));
        return batchId;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("haztrail-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
