package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.LicenceStatus;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.registry.query.LicenceView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives the key supervised units of a region and year from the data (DOMAIN.md, "Management plan and ledger"):
 * generated tonnes from the producers' yearly rollup (kept with the batch facts), roles and licences from the registry's read side.
 */
@Service
@Transactional(readOnly = true)
public class KeyUnitQueries {

    static final BigDecimal THRESHOLD_TONNES = new BigDecimal("100");

    private final RollupReader rollups;
    private final EnterpriseQueries enterprises;

    KeyUnitQueries(RollupReader rollups, EnterpriseQueries enterprises) {
        this.rollups = rollups;
        this.enterprises = enterprises;
    }

    public KeyUnitsReport keyUnits(String region, int year) {
        Period period = Period.year(year);
        Map<UUID, ProducerTonnes> generated = rollups.generatedPerProducer(RegionPrefix.of(region), year);
        Map<UUID, List<LicenceView>> licences = enterprises.licencesInRegion(region);
        List<KeyUnit> units = new ArrayList<>();
        for (EnterpriseSummary enterprise : enterprises.allInRegion(region)) {
            ProducerTonnes tonnes = generated.get(enterprise.id());
            BigDecimal generatedTonnes = tonnes == null || tonnes.tonnes() == null ? BigDecimal.ZERO : tonnes.tonnes();
            List<String> held = licences.getOrDefault(enterprise.id(), List.of()).stream()
                    .filter(licence -> heldIn(licence, period)).map(LicenceView::number).toList();
            List<KeyUnitReason> reasons = new ArrayList<>();
            if (generatedTonnes.compareTo(THRESHOLD_TONNES) >= 0) {
                reasons.add(KeyUnitReason.GENERATED_100_TONNES);
            }
            if (enterprise.roles().contains(PartyRole.PRODUCER.name())
                    && enterprise.roles().contains(PartyRole.RECEIVER.name())) {
                reasons.add(KeyUnitReason.OWN_FACILITY);
            }
            if (!held.isEmpty()) {
                reasons.add(KeyUnitReason.BUSINESS_LICENCE);
            }
            if (!reasons.isEmpty()) {
                units.add(new KeyUnit(enterprise.id(), enterprise.creditCode(), enterprise.name(),
                        enterprise.regionCode(), enterprise.roles(), IndicatorSums.tonnes(generatedTonnes),
                        tonnes == null ? 0 : tonnes.batchesWithoutMass(), List.copyOf(reasons), held));
            }
        }
        units.sort(Comparator.comparing((KeyUnit unit) -> new BigDecimal(unit.generatedTonnes())).reversed()
                .thenComparing(KeyUnit::name).thenComparing(KeyUnit::enterpriseId));
        return new KeyUnitsReport(region, year, THRESHOLD_TONNES, List.copyOf(units));
    }

    /** Valid on some day of the period and not revoked (a suspended licence is still held). */
    private static boolean heldIn(LicenceView licence, Period period) {
        return licence.status() != LicenceStatus.REVOKED && !licence.validFrom().isAfter(period.to())
                && (licence.validTo() == null || !licence.validTo().isBefore(period.from()));
    }
}
