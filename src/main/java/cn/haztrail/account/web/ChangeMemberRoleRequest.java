package cn.haztrail.account.web;

import cn.haztrail.shared.security.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ChangeMemberRoleRequest")
record ChangeMemberRoleRequest(@NotNull @Schema(example = "VIEWER") MemberRole role) {
}
