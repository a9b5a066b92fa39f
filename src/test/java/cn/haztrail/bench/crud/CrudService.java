package cn.haztrail.bench.crud;

import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WorkingDayCalendar;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The same state changes with the checks a developer of a plain Spring Data JPA design would write: rows with a status
 * column and @Version, a licence row locked while receipt adds to its tonnes, a locked number counter, and an audit
 * row per change. Refusals are IllegalStateException (the benchmark never provokes one).
 */
public class CrudService {

    private final CrudEnterpriseRepository enterprises;
    private final CrudLicenceRepository licences;
    private final CrudVehicleRepository vehicles;
    private final CrudSerialRepository serials;
    private final CrudBatchRepository batches;
    private final CrudManifestRepository manifests;
    private final CrudHistoryRepository history;
    private final WasteCatalogue catalogue;
    private final WorkingDayCalendar calendar;

    CrudService(CrudEnterpriseRepository enterprises, CrudLicenceRepository licences, CrudVehicleRepository vehicles,
                CrudSerialRepository serials, CrudBatchRepository batches, CrudManifestRepository manifests,
                CrudHistoryRepository history, WasteCatalogue catalogue, WorkingDayCalendar calendar) {
        this.enterprises = enterprises;
        this.licences = licences;
        this.vehicles = vehicles;
        this.serials = serials;
        this.batches = batches;
        this.manifests = manifests;
        this.history = history;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    @Transactional
    public UUID register(String account, UUID producerId, String wasteCode, BigDecimal kg, int containers,
                         String hazards, Instant generatedAt) {
        require(enterprise(producerId).plays("PRODUCER"), "not a producer");
        require(catalogue.current(WasteCode.parse(wasteCode)).isPresent(), "unknown waste code");
        UUID id = UUID.randomUUID();
        batches.save(new CrudBatch(id, producerId, id.toString().replace("-", ""), wasteCode, kg, containers, hazards,
                generatedAt));
        audit(id, "REGISTERED", account, generatedAt);
        return id;
    }

    @Transactional
    public void draft(String account, UUID manifestId, UUID consignorId, UUID receiverId, UUID carrierId,
                      String plate, List<UUID> batchIds, String method, LocalDate plannedDate) {
        require(enterprise(receiverId).plays("RECEIVER"), "receiver holds no licence");
        require(enterprise(carrierId).plays("CARRIER"), "not a carrier");
        CrudManifest manifest = new CrudManifest(manifestId, consignorId, receiverId, carrierId, plate, method,
                plannedDate);
        for (CrudBatch batch : batches.findAllById(batchIds)) {
            require(batch.producerId.equals(consignorId) && batch.status.equals("STORED"), "batch not available");
            batch.status = "ALLOCATED";
            batch.manifestId = manifestId;
            manifest.lines.add(new CrudManifestLine(batch.id, batch.wasteCode, batch.quantityKg));
            audit(batch.id, "ALLOCATED", account, Instant.now());
        }
        manifests.save(manifest);
        audit(manifestId, "DRAFTED", account, Instant.now());
    }

    @Transactional
    public String submit(String account, UUID manifestId, UUID consignorId) {
        CrudManifest manifest = manifest(manifestId, "DRAFT");
        require(manifest.consignorId.equals(consignorId), "only the consignor");
        for (CrudManifestLine line : manifest.lines) {
            require(licensed(manifest.receiverId, line.wasteCode, manifest.plannedMethod, manifest.plannedDate),
                    "receiver not licensed");
        }
        int year = LocalDate.now(calendar.zone()).getYear();
        String city = enterprise(consignorId).regionCode.substring(0, 4);
        CrudSerial serial = serials.findLockedById(city + "-" + year)
                .orElseThrow(() -> new IllegalStateException("no number counter for " + city));
        manifest.number = String.format("%04d%s%06d", year, city, serial.next());
        manifest.status = "SUBMITTED";
        audit(manifestId, "SUBMITTED", account, Instant.now());
        return manifest.number;
    }

    @Transactional
    public void pickUp(String account, UUID manifestId, UUID carrierId, String plate, String driver, String phone,
                       List<String> scannedLabels, Instant at) {
        CrudManifest manifest = manifest(manifestId, "SUBMITTED");
        require(manifest.carrierId.equals(carrierId), "only its carrier");
        CrudVehicle vehicle = vehicles.findById(plate).orElseThrow(() -> new IllegalStateException("no vehicle"));
        require(vehicle.carrierId.equals(carrierId) && !vehicle.permitValidTo.isBefore(day(at)), "no valid permit");
        List<CrudBatch> onBoard = batches.findAllById(manifest.lines.stream().map(l -> l.batchId).toList());
        require(onBoard.stream().map(b -> b.labelId).toList().containsAll(scannedLabels)
                && scannedLabels.size() == onBoard.size(), "labels do not match");
        manifest.status = "PICKED_UP";
        manifest.driverName = driver;
        manifest.driverPhone = phone;
        manifest.pickedUpAt = at;
        for (CrudBatch batch : onBoard) {
            batch.status = "IN_TRANSIT";
            batch.holderId = carrierId;
            audit(batch.id, "PICKED_UP", account, at);
        }
        audit(manifestId, "PICKED_UP", account, at);
    }

    @Transactional
    public void arrive(String account, UUID manifestId, UUID carrierId, Instant at) {
        CrudManifest manifest = manifest(manifestId, "PICKED_UP");
        require(manifest.carrierId.equals(carrierId), "only its carrier");
        manifest.status = "ARRIVED";
        manifest.arrivedAt = at;
        manifest.receiptDueAt = calendar.deadlineAfter(at, 5);
        for (CrudBatch batch : batches.findAllById(manifest.lines.stream().map(l -> l.batchId).toList())) {
            batch.status = "DELIVERED";
            audit(batch.id, "DELIVERED", account, at);
        }
        audit(manifestId, "ARRIVED", account, at);
    }

    /** Every line accepted as weighed; the tonnes count against the receiver's licence, whose row is locked. */
    @Transactional
    public void receive(String account, UUID manifestId, UUID receiverId, BigDecimal acceptedKg, Instant at) {
        CrudManifest manifest = manifest(manifestId, "ARRIVED");
        require(manifest.receiverId.equals(receiverId), "only its receiver");
        for (CrudManifestLine line : manifest.lines) {
            BigDecimal tonnes = acceptedKg.divide(BigDecimal.valueOf(1000), 6, RoundingMode.UNNECESSARY);
            CrudLicence licence = licences.findLockedByEnterpriseId(receiverId).stream().filter(l -> l.covers(
                    category(line.wasteCode), manifest.plannedMethod, day(at), tonnes)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no licence with capacity left"));
            licence.usedTonnes = licence.usedTonnes.add(tonnes);
            line.acceptedKg = acceptedKg;
            line.decision = "ACCEPT";
            CrudBatch batch = batches.findById(line.batchId).orElseThrow();
            batch.status = "RECEIVED";
            batch.holderId = receiverId;
            batch.acceptedKg = acceptedKg;
            audit(batch.id, "RECEIVED", account, at);
        }
        manifest.status = "RECEIVED";
        manifest.receivedAt = at;
        audit(manifestId, "RECEIVED", account, at);
    }

    @Transactional
    public void dispose(String account, UUID batchId, UUID receiverId, String method, BigDecimal kg, LocalDate day) {
        CrudBatch batch = batches.findById(batchId).orElseThrow(() -> new IllegalStateException("no batch"));
        require(batch.status.equals("RECEIVED") && batch.holderId.equals(receiverId), "not received here");
        require(kg.compareTo(batch.acceptedKg) <= 0, "more than accepted");
        require(licensed(receiverId, batch.wasteCode, method, day), "method not licensed");
        batch.status = "DISPOSED";
        batch.disposalMethod = method;
        batch.disposedKg = kg;
        batch.disposedOn = day;
        audit(batchId, "DISPOSED", account, Instant.now());
    }

    private boolean licensed(UUID receiverId, String wasteCode, String method, LocalDate day) {
        return licences.findByEnterpriseId(receiverId).stream()
                .anyMatch(l -> l.covers(category(wasteCode), method, day, BigDecimal.ZERO));
    }

    private CrudManifest manifest(UUID id, String expectedStatus) {
        CrudManifest manifest = manifests.findById(id).orElseThrow(() -> new IllegalStateException("no manifest"));
        require(manifest.status.equals(expectedStatus), "manifest is " + manifest.status);
        return manifest;
    }

    private CrudEnterprise enterprise(UUID id) {
        return enterprises.findById(id).orElseThrow(() -> new IllegalStateException("no enterprise " + id));
    }

    private void audit(UUID subject, String action, String account, Instant businessTime) {
        history.save(new CrudHistory(subject, action, account, businessTime, null));
    }

    private LocalDate day(Instant at) {
        return at.atZone(calendar.zone()).toLocalDate();
    }

    private static String category(String wasteCode) {
        return WasteCode.parse(wasteCode).category().code();
    }

    private static void require(boolean condition, String refusal) {
        if (!condition) {
            throw new IllegalStateException(refusal);
        }
    }
}
