package cn.haztrail.registry.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "An enterprise in a list")
public record EnterpriseSummary(UUID id, @Schema(example = "91360200MA35G8XK2H") String creditCode,
                                @Schema(example = "景德镇市昌南化工有限公司") String name,
                                @Schema(example = "360203") String regionCode,
                                @Schema(example = "[\"PRODUCER\"]") List<String> roles) {

    static EnterpriseSummary of(EnterpriseRecord record) {
        return new EnterpriseSummary(record.id(), record.creditCode(), record.name(), record.regionCode(),
                record.roles());
    }
}
