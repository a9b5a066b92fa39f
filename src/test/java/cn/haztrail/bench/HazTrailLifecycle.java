package cn.haztrail.bench;

import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.batch.application.DisposalRecording;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.manifest.application.ManifestDraft;
import cn.haztrail.manifest.application.ManifestDrafting;
import cn.haztrail.manifest.application.ManifestReceipt;
import cn.haztrail.manifest.application.ManifestSubmission;
import cn.haztrail.manifest.application.ManifestTransport;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestRecord;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * HazTrail's lifecycle driven through the services its controllers call, in the order and with the reads a controller
 * does (find the caller's record, run the step, read the view it answers with); HTTP and JSON are left out. The read
 * of the view a step answers with is marked {@link CurrentStep#readingBack}, so that its statements are counted apart
 * from the service's (the CRUD design answers with the entity it holds and reads nothing back). With
 * {@code -Dbench.readBack=false} the steps after registration answer with nothing, so both designs do the same work;
 * registration still reads its batch back, since the label it prints is what the carrier scans at pickup.
 */
final class HazTrailLifecycle implements Lifecycle {

    static final String KG = "100";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PLATE = "赣H12345";
    static final boolean READS_BACK = !"false".equalsIgnoreCase(System.getProperty("bench.readBack"));

    private final SignedIn signedIn;
    private final CurrentCaller currentCaller;
    private final CommandGateway commands;
    private final EnterpriseQueries enterprises;
    private final WasteCatalogue catalogue;
    private final BatchQueries batches;
    private final BatchReaders readers;
    private final ManifestQueries manifests;
    private final ManifestDrafting drafting;
    private final ManifestSubmission submission;
    private final ManifestTransport transport;
    private final ManifestReceipt receipt;
    private final DisposalRecording disposals;
    private final JdbcTemplate jdbc;

    HazTrailLifecycle(ApplicationContext context, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.currentCaller = context.getBean(CurrentCaller.class);
        this.commands = context.getBean(CommandGateway.class);
        this.enterprises = context.getBean(EnterpriseQueries.class);
        this.catalogue = context.getBean(WasteCatalogue.class);
        this.batches = context.getBean(BatchQueries.class);
        this.readers = context.getBean(BatchReaders.class);
        this.manifests = context.getBean(ManifestQueries.class);
        this.drafting = context.getBean(ManifestDrafting.class);
        this.submission = context.getBean(ManifestSubmission.class);
        this.transport = context.getBean(ManifestTransport.class);
        this.receipt = context.getBean(ManifestReceipt.class);
        this.disposals = context.getBean(DisposalRecording.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    @Override
    public String design() {
        return "HazTrail (event-sourced)";
    }

    @Override
    public long rowsWritten() {
        Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    @Override
    public void run(StepTimer timer) throws Exception {
        signedIn.actAs("producer");
        BatchView batch = timer.time(Step.REGISTER, this::register);
        UUID manifestId = UUID.randomUUID();
        timer.time(Step.DRAFT, () -> draft(manifestId, batch.id()));
        timer.time(Step.SUBMIT, () -> {
            submission.submit(manifestId, () -> record(manifestId), null, null, null);
            return view(manifestId);
        });
        signedIn.actAs("carrier");
        timer.time(Step.PICKUP, () -> {
            transport.pickUp(manifestId, () -> record(manifestId), DemoParties.CARRIER, PLATE,
                    new PersonalDetails("李师傅", "13807981234", null, false), List.of(batch.labelId()), Instant.now(),
                    null, null);
            return view(manifestId);
        });
        timer.time(Step.ARRIVAL, () -> {
            transport.arrive(manifestId, () -> record(manifestId), DemoParties.CARRIER, Instant.now(), null);
            return view(manifestId);
        });
        signedIn.actAs("receiver");
        timer.time(Step.RECEIPT, () -> {
            receipt.receive(manifestId, () -> record(manifestId), DemoParties.DISPOSAL_CENTRE,
                    List.of(new ReceiptLine(batch.id(), LineDecision.ACCEPT, Quantity.kg(KG), true, true, true, true, 1,
                            "D10", null)), Instant.now(), null, null);
            return view(manifestId);
        });
        timer.time(Step.DISPOSAL, () -> {
            disposals.record(batch.id(), () -> batches.wasteCode(batch.id(), readers.of(caller())).orElseThrow(),
                    DemoParties.DISPOSAL_CENTRE, "D10", Quantity.kg(KG), LocalDate.now(SHANGHAI), null, null, null);
            return READS_BACK
                    ? CurrentStep.readingBack(() -> batches.find(batch.id(), readers.of(caller())).orElseThrow())
                    : null;
        });
    }

    private BatchView register() throws Exception {
        Caller caller = caller();
        String creditCode = enterprises.creditCodeOf(caller.enterpriseId()).orElseThrow();
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new RegisterBatch(id, caller.enterpriseId(), creditCode, catalogue.currentEdition(),
                "900-249-08", Quantity.kg(KG), PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 1),
                List.of(HazardCharacteristic.T, HazardCharacteristic.I), "矿物油、水",
                Instant.now().minusSeconds(86_400), "危废暂存间A区"));
        return CurrentStep.readingBack(() -> batches.find(id, readers.of(caller)).orElseThrow());
    }

    private ManifestView draft(UUID manifestId, UUID batchId) throws Exception {
        drafting.draft(new ManifestDraft(manifestId, ManifestKind.TRANSFER, caller().enterpriseId(),
                DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), PLATE, LocalDate.now(SHANGHAI),
                List.of(batchId), "D10", null, "泄漏时用吸附棉围堵，禁止明火", null, null, null));
        return view(manifestId);
    }

    private ManifestRecord record(UUID manifestId) {
        return manifests.record(manifestId).filter(m -> manifests.visible(m, caller())).orElseThrow();
    }

    private ManifestView view(UUID manifestId) throws Exception {
        if (!READS_BACK) {
            return null;
        }
        return CurrentStep.readingBack(() -> manifests.find(manifestId.toString(), caller()).orElseThrow());
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
