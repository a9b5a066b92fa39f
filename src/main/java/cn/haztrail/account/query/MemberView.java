package cn.haztrail.account.query;

import cn.haztrail.shared.security.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "EnterpriseMemberView", description = "A member of an enterprise, as its managers see it")
public record MemberView(
        String accountId,
        @Schema(example = "li.xiulan") String username,
        MemberRole memberRole,
        @Schema(example = "PRODUCER") String actsAs,
        boolean enabled,
        @Schema(description = "Whether the person has set a password") boolean activated) {
}
