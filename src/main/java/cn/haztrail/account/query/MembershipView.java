package cn.haztrail.account.query;

import cn.haztrail.shared.security.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AccountMembershipView", description = "An enterprise the account may act for, and how")
public record MembershipView(
        UUID enterpriseId,
        @Schema(example = "91360200MA35G8XK2H") String creditCode,
        @Schema(example = "景德镇市昌南化工有限公司") String enterpriseName,
        MemberRole memberRole,
        @Schema(description = "The enterprise's party role the person acts in", example = "PRODUCER") String actsAs,
        boolean enabled) {
}
