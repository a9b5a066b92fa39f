package cn.haztrail.registry.query;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A vehicle registered to a carrier")
public record VehicleView(@Schema(example = "赣H12345") String plate,
                          @Schema(example = "赣交运管景字360200012345号") String operatingPermitNo) {

    static VehicleView of(VehicleRecord record) {
        return new VehicleView(record.plate(), record.operatingPermitNo());
    }
}
