package cn.haztrail.exemption.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A side of an exemption: the producer (产生单位) or the utilizer (利用单位)")
public record ExemptionParty(UUID id, @Schema(example = "景德镇市昌南化工有限公司") String name,
                             @Schema(example = "360203") String regionCode) {
}
