package cn.haztrail.registry.query;

import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceStatus;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "LicenceView", description = "A business licence in its current terms: its lines and total capacity")
public record LicenceView(UUID id, @Schema(example = "赣危废经字第360200001号") String number, LicenceMode mode,
                         @ArraySchema(schema = @Schema(implementation = LicenceLineView.class)) List<LicenceLineView> lines,
                         @Schema(description = "Total tonnes per licence year, all lines together", example = "30000")
                         BigDecimal annualCapacityTonnes,
                         LocalDate validFrom, LocalDate validTo, LicenceStatus status, String statusReason) {

    static LicenceView of(LicenceRecord record) {
        return new LicenceView(record.id(), record.number(), record.mode(),
                record.lines().stream().map(LicenceLineView::of).toList(), record.annualCapacityTonnes(),
                record.validFrom(), record.validTo(), record.status(), record.statusReason());
    }
}
