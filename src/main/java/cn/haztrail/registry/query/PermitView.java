package cn.haztrail.registry.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A road dangerous-goods transport permit")
public record PermitView(UUID id, @Schema(example = "赣交运管许可景字360200000123号") String number,
                         LocalDate validFrom, LocalDate validTo) {

    static PermitView of(PermitRecord record) {
        return new PermitView(record.id(), record.number(), record.validFrom(), record.validTo());
    }
}
