package cn.haztrail.documents;

import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReader;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.oversight.custody.CustodyChains;
import cn.haztrail.oversight.custody.CustodyEntryView;
import cn.haztrail.oversight.integrity.IntegrityChecks;
import cn.haztrail.personal.PersonalDataStore;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.LicenceStatus;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.LicenceView;
import cn.haztrail.registry.query.PermitView;
import cn.haztrail.shared.web.PublicAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Gathers a {@link ManifestSheet} for a manifest its reader may read (checked by the caller of this class). The
 * lines' batches are read whatever the reader's batch rights: the national form shows their form and packaging to
 * everyone who may read the manifest. Drivers' names come from the personal-data store unless erased.
 */
@Component
@Transactional(readOnly = true)
class ManifestSheets {

    private final EnterpriseQueries enterprises;
    private final BatchQueries batches;
    private final CustodyChains chains;
    private final PersonalDataStore people;
    private final IntegrityChecks integrity;
    private final RegionDirectory regions;
    private final PublicAddress address;
    private final Clock clock;

    ManifestSheets(EnterpriseQueries enterprises, BatchQueries batches, CustodyChains chains, PersonalDataStore people,
                   IntegrityChecks integrity, RegionDirectory regions, PublicAddress address, Clock clock) {
        this.enterprises = enterprises;
        this.batches = batches;
        this.chains = chains;
        this.people = people;
        this.integrity = integrity;
        this.regions = regions;
        this.address = address;
        this.clock = clock;
    }

    ManifestSheet of(ManifestView manifest) {
        List<CustodyEntryView> own = InChinese.call(() -> chains.ofManifest(manifest.id(), null, null)).entries()
                .stream().filter(entry -> manifest.id().equals(entry.aggregateId())).toList();
        List<ManifestSheet.Carrier> carriers = new ArrayList<>();
        for (int i = 0; i < manifest.carrierIds().size(); i++) {
            carriers.add(carrier(manifest, i, own));
        }
        List<ManifestSheet.Line> lines = manifest.lines().stream().map(line -> {
            Optional<BatchView> batch = batches.find(line.batchId(), BatchReader.all());
            return new ManifestSheet.Line(line, batch.map(b -> FormTexts.of(b.physicalForm())).orElse(""),
                    batch.map(b -> FormTexts.packaging(b.packaging())).orElse(""));
        }).toList();
        List<ManifestSheet.Step> steps = own.stream().map(entry -> new ManifestSheet.Step(
                FormTexts.step(entry.eventType()), who(entry), entry.businessTime(), entry.recordedAt(),
                entry.lateEntry() == null ? "" : FormTexts.of(entry.lateEntry()), entry.summary())).toList();
        String link = address.link("/api/v1/manifests/"
                + (manifest.number() != null ? manifest.number() : manifest.id().toString()));
        return new ManifestSheet(manifest, region(manifest.originRegion()), region(manifest.destinationRegion()),
                party(manifest.consignorId(), this::licence), carriers,
                party(manifest.receiverId(), this::licence), lines, steps, link,
                integrity.head(manifest.id().toString()), clock.instant());
    }

    /** The i-th carrier with the vehicle of its pickup or handover (the planned vehicle before pickup). */
    private ManifestSheet.Carrier carrier(ManifestView manifest, int index, List<CustodyEntryView> own) {
        UUID id = manifest.carrierIds().get(index);
        String plate = index == 0 ? manifest.vehiclePlate() : "";
        String driver = "";
        for (CustodyEntryView entry : own) {
            Map<String, Object> payload = entry.payload();
            if ("ManifestPickedUp".equals(entry.eventType()) && id.toString().equals(payload.get("carrierId"))) {
                plate = String.valueOf(payload.get("vehiclePlate"));
                driver = driver(payload.get("driverRef"));
            } else if ("HandoverCompleted".equals(entry.eventType())
                    && id.toString().equals(payload.get("toCarrierId"))) {
                plate = String.valueOf(payload.get("vehiclePlate"));
            }
        }
        return new ManifestSheet.Carrier(party(id, this::permit), plate, driver);
    }

    private String driver(Object reference) {
        if (reference == null) {
            return "";
        }
        return people.find(UUID.fromString(reference.toString())).filter(details -> !details.erased())
                .map(PersonalDetails::name).orElse("");
    }

    private ManifestSheet.Party party(UUID id, Function<EnterpriseProfile, String> licence) {
        return enterprises.profile(id, false)
                .map(p -> new ManifestSheet.Party(p.name(), p.creditCode(), p.address(), licence.apply(p)))
                .orElse(new ManifestSheet.Party(String.valueOf(id), "", "", ""));
    }

    private String licence(EnterpriseProfile profile) {
        return profile.licences().stream().filter(l -> l.status() == LicenceStatus.ACTIVE).map(LicenceView::number)
                .filter(Objects::nonNull).findFirst().orElse("");
    }

    private String permit(EnterpriseProfile profile) {
        return profile.permits().stream().map(PermitView::number).filter(Objects::nonNull).findFirst().orElse("");
    }

    /** Province, city and county by name, then the code: 江西省景德镇市珠山区（360203）. */
    private String region(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        regions.provinceOf(code).map(Region::name).ifPresent(name::append);
        regions.cityOf(code).map(Region::name).filter(city -> !name.toString().endsWith(city)).ifPresent(name::append);
        regions.find(code).map(Region::name).filter(county -> !name.toString().endsWith(county))
                .ifPresent(name::append);
        return name + "（" + code + "）";
    }

    private static String who(CustodyEntryView entry) {
        CustodyEntryView.CustodyActor actor = entry.actor();
        if (actor == null || actor.enterpriseName() == null) {
            return actor != null && "system".equals(actor.accountId()) ? "系统" : "";
        }
        return actor.enterpriseName();
    }
}
