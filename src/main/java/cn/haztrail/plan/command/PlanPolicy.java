package cn.haztrail.plan.command;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanLine;
import cn.haztrail.plan.api.PlannedReceiver;
import cn.haztrail.plan.api.StorageFacility;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks what a plan version states before it is filed (R30): a sane year, codes of the current catalogue each named
 * once with positive tonnes, named storage facilities, and planned receivers that are registered receivers or
 * collectors with a known method. Answers the contents in canonical form (codes sorted, methods as catalogued).
 */
@Component
public class PlanPolicy {

    /** Plans are filed for the current year, the next, or (filed late) the last one. */
    static final int YEARS_AROUND = 1;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Set<String> RECEIVING_ROLES = Set.of("RECEIVER", "COLLECTOR");

    private final WasteCatalogue wastes;
    private final MethodCatalogue methods;
    private final PlanParties parties;

    public PlanPolicy(WasteCatalogue wastes, MethodCatalogue methods, PlanParties parties) {
        this.wastes = wastes;
        this.methods = methods;
        this.parties = parties;
    }

    public void checkYear(int year, Instant filedAt) {
        int now = filedAt.atZone(SHANGHAI).getYear();
        if (year < now - YEARS_AROUND || year > now + YEARS_AROUND) {
            throw CommandRefused.ruleViolated("R30", "year",
                    Translatable.of("refused.plan.year-out-of-range", String.valueOf(year),
                            String.valueOf(now - YEARS_AROUND), String.valueOf(now + YEARS_AROUND)));
        }
    }

    /** The producer's region; refused unless it is registered. */
    public String producerRegion(UUID producerId) {
        return parties.find(producerId).map(PlanParties.Party::regionCode).orElseThrow(() ->
                CommandRefused.notFound("producerId", Translatable.of("refused.plan.unknown-producer", producerId)));
    }

    public PlanContents check(PlanContents contents) {
        if (contents == null) {
            throw CommandRefused.ruleViolated("R30", "lines", Translatable.of("refused.plan.no-lines"));
        }
        List<PlanLine> lines = checkLines(contents.lines());
        List<StorageFacility> storage = checkStorage(contents.storageFacilities());
        List<PlannedReceiver> receivers = checkReceivers(contents.receivers());
        if (contents.reductionMeasures() == null || contents.reductionMeasures().isBlank()) {
            throw CommandRefused.ruleViolated("R30", "reductionMeasures",
                    Translatable.of("refused.plan.no-reduction-measures"));
        }
        return new PlanContents(lines, storage, receivers, contents.reductionMeasures().strip());
    }

    private List<PlanLine> checkLines(List<PlanLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw CommandRefused.ruleViolated("R30", "lines", Translatable.of("refused.plan.no-lines"));
        }
        Set<String> seen = new HashSet<>();
        List<PlanLine> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlanLine line = lines.get(i);
            String code = line.wasteCode() == null ? null : line.wasteCode().strip();
            if (!isListed(code)) {
                throw CommandRefused.ruleViolated("R30", "lines[" + i + "].wasteCode",
                        Translatable.of("refused.plan.code-not-in-edition", line.wasteCode(), wastes.currentEdition()));
            }
            if (!seen.add(code)) {
                throw CommandRefused.ruleViolated("R30", "lines[" + i + "].wasteCode",
                        Translatable.of("refused.plan.code-twice", code));
            }
            if (line.expectedTonnes() == null || line.expectedTonnes().signum() <= 0) {
                throw CommandRefused.ruleViolated("R30", "lines[" + i + "].expectedTonnes",
                        Translatable.of("refused.plan.tonnes-not-positive", code));
            }
            checked.add(new PlanLine(code, line.expectedTonnes()));
        }
        checked.sort(Comparator.comparing(PlanLine::wasteCode));
        return List.copyOf(checked);
    }

    private static List<StorageFacility> checkStorage(List<StorageFacility> facilities) {
        if (facilities == null || facilities.isEmpty()) {
            throw CommandRefused.ruleViolated("R30", "storageFacilities", Translatable.of("refused.plan.no-storage"));
        }
        for (int i = 0; i < facilities.size(); i++) {
            StorageFacility facility = facilities.get(i);
            if (facility.name() == null || facility.name().isBlank()) {
                throw CommandRefused.ruleViolated("R30", "storageFacilities[" + i + "].name",
                        Translatable.of("refused.plan.storage-unnamed"));
            }
            if (facility.capacityTonnes() != null && facility.capacityTonnes().signum() <= 0) {
                throw CommandRefused.ruleViolated("R30", "storageFacilities[" + i + "].capacityTonnes",
                        Translatable.of("refused.plan.capacity-not-positive", facility.name()));
            }
        }
        return List.copyOf(facilities);
    }

    private List<PlannedReceiver> checkReceivers(List<PlannedReceiver> receivers) {
        if (receivers == null) {
            return List.of();
        }
        List<PlannedReceiver> checked = new ArrayList<>();
        for (int i = 0; i < receivers.size(); i++) {
            PlannedReceiver receiver = receivers.get(i);
            String at = "receivers[" + i + "]";
            PlanParties.Party party = receiver.receiverId() == null ? null
                    : parties.find(receiver.receiverId()).orElse(null);
            if (party == null || party.roles().stream().noneMatch(RECEIVING_ROLES::contains)) {
                throw CommandRefused.ruleViolated("R30", at + ".receiverId",
                        Translatable.of("refused.plan.receiver-not-registered", receiver.receiverId()));
            }
            MethodCode method = receiver.methodCode() == null ? null : methods.find(receiver.methodCode()).orElse(null);
            if (method == null) {
                throw CommandRefused.ruleViolated("R30", at + ".methodCode",
                        Translatable.of("refused.plan.unknown-method", receiver.methodCode()));
            }
            PlannedReceiver canonical = new PlannedReceiver(receiver.receiverId(), method.code());
            if (!checked.contains(canonical)) {
                checked.add(canonical);
            }
        }
        return List.copyOf(checked);
    }

    private boolean isListed(String code) {
        try {
            return code != null && wastes.current(WasteCode.parse(code)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
