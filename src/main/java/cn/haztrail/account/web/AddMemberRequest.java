package cn.haztrail.account.web;

import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.security.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

@Schema(name = "AddMemberRequest", description = "A new person (username) or an existing account (accountId) "
        + "becomes a member; exactly one of the two")
record AddMemberRequest(
        @Pattern(regexp = AccountRequests.USERNAME, message = AccountRequests.USERNAME_MESSAGE)
        @Schema(nullable = true, example = "li.xiulan") String username,
        @Schema(nullable = true) UUID accountId,
        @NotNull @Schema(example = "CLERK") MemberRole role,
        @Schema(description = "Needed only when the enterprise plays several party roles", nullable = true)
        PartyRole actsAs) {
}
