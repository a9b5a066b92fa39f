package cn.haztrail.account.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "AccountView", description = "A signed-in account with the enterprises it may act for")
public record AccountView(
        String accountId,
        @Schema(example = "wang.jianguo") String username,
        @Schema(description = "ADMIN or REGULATOR; null for a person acting through memberships", nullable = true,
                example = "REGULATOR") String role,
        @Schema(nullable = true, example = "360200") String jurisdiction,
        boolean activated,
        @Schema(description = "Send X-Acting-For (id or credit code) when there are several")
        List<MembershipView> memberships) {
}
