package cn.haztrail.batch.web;

import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Assembles a label's content from the batch, the catalogue and the producer's registry entry and contact. */
@Component
public class LabelContents {

    private static final Map<PhysicalForm, String> FORMS = Map.of(PhysicalForm.SOLID, "固态",
            PhysicalForm.SEMI_SOLID, "半固态", PhysicalForm.LIQUID, "液态", PhysicalForm.GAS, "气态");

    private final EnterpriseQueries enterprises;
    private final WasteCatalogue catalogue;
    private final WorkingDayCalendar calendar;

    LabelContents(EnterpriseQueries enterprises, WasteCatalogue catalogue, WorkingDayCalendar calendar) {
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    public LabelContent of(BatchView batch) {
        Optional<EnterpriseProfile> producer = enterprises.profile(batch.producerId(), true);
        Optional<PersonalDetails> contact = producer.map(EnterpriseProfile::contact)
                .filter(details -> !details.erased());
        String categoryName = catalogue.find(batch.edition(), WasteCode.parse(batch.wasteCode()))
                .map(WasteCodeEntry::categoryName).orElse("");
        String hazardLabels = batch.hazardCharacteristics().stream()
                .map(code -> HazardCharacteristic.fromCode(code).labelZh()).collect(Collectors.joining("、"));
        return new LabelContent("危险废物", batch.wasteName(), batch.wasteCode(), batch.category(), categoryName,
                FORMS.get(batch.physicalForm()), batch.mainComponents(), batch.hazardCharacteristics(), hazardLabels,
                batch.generatedAt().atZone(calendar.zone()).toLocalDate(),
                producer.map(EnterpriseProfile::name).orElse(""),
                contact.map(PersonalDetails::name).orElse(""), contact.map(PersonalDetails::phone).orElse(""),
                batch.labelId(), batch.qrPayload());
    }
}
