package cn.haztrail.approval.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A side of an approval: the consignor (移出人) or the receiver (接受人)")
public record ApprovalParty(UUID id, @Schema(example = "景德镇市昌南化工有限公司") String name,
                            @Schema(example = "360203") String regionCode) {
}
