package cn.haztrail.registry.query;

import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceScope;
import cn.haztrail.registry.command.LicenceStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A business licence in its current terms")
public record LicenceView(UUID id, @Schema(example = "赣危废经字第360200001号") String number, LicenceMode mode,
                          LicenceScope scope, @Schema(example = "[\"D10\", \"R9\"]") List<String> methods,
                          @Schema(example = "30000") BigDecimal annualCapacityTonnes,
                          LocalDate validFrom, LocalDate validTo, LicenceStatus status, String statusReason) {

    static LicenceView of(LicenceRecord record) {
        return new LicenceView(record.id(), record.number(), record.mode(),
                new LicenceScope(record.categories(), record.codes(), record.excludedCodes()), record.methods(),
                record.annualCapacityTonnes(), record.validFrom(), record.validTo(), record.status(),
                record.statusReason());
    }
}
