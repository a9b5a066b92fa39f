package cn.haztrail.account.web;

import cn.haztrail.account.api.ChangeMemberRole;
import cn.haztrail.account.api.DisableMember;
import cn.haztrail.account.api.EnableMember;
import cn.haztrail.account.application.AccountLifecycle;
import cn.haztrail.account.api.ActivationToken;
import cn.haztrail.account.query.AccountQueries;
import cn.haztrail.account.query.MemberView;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/enterprises/{id}/members")
@Tag(name = "Members", description = "The people who act for an enterprise and their member roles (R29)")
class MemberController {

    private final AccountLifecycle lifecycle;
    private final AccountQueries queries;
    private final EnterpriseQueries enterprises;
    private final ActingRoles actingRoles;
    private final CommandGateway commands;
    private final CurrentCaller currentCaller;

    MemberController(AccountLifecycle lifecycle, AccountQueries queries, EnterpriseQueries enterprises,
                     ActingRoles actingRoles, CommandGateway commands, CurrentCaller currentCaller) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.enterprises = enterprises;
        this.actingRoles = actingRoles;
        this.commands = commands;
        this.currentCaller = currentCaller;
    }

    @GetMapping
    @Operation(operationId = "listMembers", summary = "The enterprise's members (its managers and administrators)")
    List<MemberView> list(@PathVariable UUID id) {
        manager(id);
        return queries.members(id);
    }

    @PostMapping
    @Operation(operationId = "addMember", summary = "Add a member: a new person, or an existing account",
            description = "With a username a new account is opened and the answer carries its one-time activation "
                    + "token (72 hours, R28), never replayed for an Idempotency-Key; with an accountId an existing "
                    + "person becomes a member of one more enterprise.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OpenedAccountView> add(@PathVariable UUID id, @Valid @RequestBody AddMemberRequest request) {
        manager(id);
        if ((request.username() == null) == (request.accountId() == null)) {
            throw CommandRefused.ruleViolated(null, "username", Translatable.of("refused.account.username-or-account"));
        }
        var actsAs = actingRoles.resolve(id, request.actsAs(), "id");
        if (request.accountId() != null) {
            lifecycle.addMember(request.accountId(), id, request.role(), actsAs);
            MemberView member = queries.member(id, request.accountId().toString()).orElseThrow();
            return ResponseEntity.created(location(id, member.accountId()))
                    .body(new OpenedAccountView(member.accountId(), member.username(), null, null));
        }
        ActivationToken token = lifecycle.openMember(request.username(), id, request.role(), actsAs);
        return ResponseEntity.created(location(id, token.accountId().toString())).header("Cache-Control", "no-store")
                .body(new OpenedAccountView(token.accountId().toString(), request.username(), token.token(),
                        token.expiresAt()));
    }

    @PostMapping("/{accountId}/role")
    @Operation(operationId = "changeMemberRole", summary = "Change a member's role")
    MemberView changeRole(@PathVariable UUID id, @PathVariable UUID accountId,
                          @Valid @RequestBody ChangeMemberRoleRequest request) {
        notSelf(manager(id), accountId);
        commands.sendAndWait(new ChangeMemberRole(accountId, id, request.role()));
        return member(id, accountId);
    }

    @PostMapping("/{accountId}/disable")
    @Operation(operationId = "disableMember", summary = "Disable a member: it may no longer act for the enterprise",
            description = "A person disabled in every enterprise it belongs to cannot sign in.")
    MemberView disable(@PathVariable UUID id, @PathVariable UUID accountId) {
        notSelf(manager(id), accountId);
        commands.sendAndWait(new DisableMember(accountId, id));
        return member(id, accountId);
    }

    @PostMapping("/{accountId}/enable")
    @Operation(operationId = "enableMember", summary = "Enable a disabled member again")
    MemberView enable(@PathVariable UUID id, @PathVariable UUID accountId) {
        notSelf(manager(id), accountId);
        commands.sendAndWait(new EnableMember(accountId, id));
        return member(id, accountId);
    }

    /** R29: the enterprise's managers (acting for it) and administrators manage its members. */
    private Caller manager(UUID enterpriseId) {
        Caller caller = currentCaller.get();
        if (enterprises.summary(enterpriseId).isEmpty()) {
            throw CommandRefused.notFound("id", Translatable.of("refused.account.unknown-enterprise", enterpriseId));
        }
        if (!caller.managesMembersOf(enterpriseId)) {
            throw new AccessDeniedException("Only the enterprise's managers and administrators manage its members");
        }
        return caller;
    }

    /** A manager cannot demote or disable itself, so an enterprise never loses its last manager by accident. */
    private static void notSelf(Caller caller, UUID accountId) {
        if (accountId.toString().equals(caller.accountId())) {
            throw CommandRefused.conflict("R29", "accountId", Translatable.of("refused.account.own-membership"));
        }
    }

    private MemberView member(UUID enterpriseId, UUID accountId) {
        return queries.member(enterpriseId, accountId.toString())
                .orElseThrow(() -> CommandRefused.notFound("accountId",
                        Translatable.of("refused.account.unknown-member", accountId)));
    }

    private static URI location(UUID enterpriseId, String accountId) {
        return URI.create("/api/v1/enterprises/" + enterpriseId + "/members/" + accountId);
    }
}
