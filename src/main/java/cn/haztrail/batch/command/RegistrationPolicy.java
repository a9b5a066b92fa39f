package cn.haztrail.batch.command;

import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a batch must be to be registered (R06), which day names its label (R07) and how long it may stay at its
 * producer (R09), against the catalogue edition the batch names and the configured zone ({@code haztrail.zone}).
 */
@Component
public class RegistrationPolicy {

    /** Medical waste may be stored temporarily at the medical institution for 2 days (医疗废物管理条例 Art.17). */
    static final Duration MEDICAL_STORAGE = Duration.ofHours(48);

    private final WasteCatalogue catalogue;
    private final WorkingDayCalendar calendar;

    public RegistrationPolicy(WasteCatalogue catalogue, WorkingDayCalendar calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    /**
     * @param now the instant the command is handled; a batch cannot be generated later than that
     * @return the catalogue entry of the batch's code
     */
    public WasteCodeEntry check(RegisterBatch command, Instant now) {
        WasteCodeEntry entry = entry(command.edition(), command.wasteCode());
        Quantities.requirePositive(command.quantity(), "R06", "quantity");
        if (command.form() == null) {
            throw CommandRefused.ruleViolated("R06", "physicalForm", Translatable.of("refused.batch.no-physical-form"));
        }
        if (command.packaging() == null || command.packaging().type() == null) {
            throw CommandRefused.ruleViolated("R06", "packaging.type",
                    Translatable.of("refused.batch.no-packaging-type"));
        }
        if (command.packaging().count() < 1) {
            throw CommandRefused.ruleViolated("R06", "packaging.count", Translatable.of("refused.batch.no-container"));
        }
        Set<HazardCharacteristic> declared = hazards(command.hazards());
        List<String> violations = entry.hazardRequirement().violations(declared);
        if (!violations.isEmpty()) {
            throw CommandRefused.ruleViolated("R06", "hazardCharacteristics",
                    Translatable.of("refused.batch.hazards-missing",
                    entry.code(), String.join("; ", violations), entry.hazardRequirement().explanationZh()));
        }
        if (command.generatedAt() == null || command.generatedAt().isAfter(now)) {
            throw CommandRefused.ruleViolated(null, "generatedAt",
                    Translatable.of("refused.batch.generated-in-future"));
        }
        if (command.producerCreditCode() == null || command.producerCreditCode().length() != 18) {
            throw CommandRefused.ruleViolated("R07", "producerCreditCode",
                    Translatable.of("refused.batch.producer-credit-code"));
        }
        return entry;
    }

    /** The entry of {@code code} in {@code edition}, or a refusal under R06. */
    public WasteCodeEntry entry(String edition, String code) {
        if (edition == null || !catalogue.hasEdition(edition)) {
            throw CommandRefused.ruleViolated("R06", "edition",
                    Translatable.of("refused.batch.unknown-edition", edition, catalogue.editions()));
        }
        WasteCode parsed;
        try {
            parsed = WasteCode.parse(code);
        } catch (IllegalArgumentException malformed) {
            throw CommandRefused.ruleViolated("R06", "wasteCode",
                    Translatable.of("refused.batch.waste-code-malformed", code, malformed.getMessage()));
        }
        return catalogue.find(edition, parsed).orElseThrow(() -> CommandRefused.ruleViolated("R06", "wasteCode",
                Translatable.of("refused.batch.code-not-in-edition", parsed, edition)));
    }

    /** The day of generation in the configured zone: the date segment of the label id. */
    public LocalDate generationDay(Instant generatedAt) {
        return generatedAt.atZone(calendar.zone()).toLocalDate();
    }

    /** R09: one year after generation (calendar year in the zone); 48 hours for medical waste (HW01). */
    public Instant storageLimit(Instant generatedAt, WasteCodeEntry entry) {
        if (entry.isMedical()) {
            return generatedAt.plus(MEDICAL_STORAGE);
        }
        return generatedAt.atZone(calendar.zone()).plusYears(1).toInstant();
    }

    /** The declared characteristics without repeats, in the list's order (T, C, I, R, In). */
    static Set<HazardCharacteristic> hazards(List<HazardCharacteristic> declared) {
        Set<HazardCharacteristic> set = EnumSet.noneOf(HazardCharacteristic.class);
        if (declared != null) {
            declared.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }
}
