package cn.haztrail.console;

import cn.haztrail.account.query.AccountQueries;
import cn.haztrail.account.query.AccountView;
import cn.haztrail.account.query.MembershipView;
import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;
import java.util.Objects;

/** Gives every console page the signed-in person for its header ({@code me}); null on public pages. */
@ControllerAdvice(basePackages = "cn.haztrail.console")
class ConsoleModel {

    private final CurrentCaller currentCaller;
    private final AccountQueries accounts;
    private final RegionDirectory regions;
    private final EnterpriseQueries enterprises;

    ConsoleModel(CurrentCaller currentCaller, AccountQueries accounts, RegionDirectory regions,
                 EnterpriseQueries enterprises) {
        this.enterprises = enterprises;
        this.currentCaller = currentCaller;
        this.accounts = accounts;
        this.regions = regions;
    }

    @ModelAttribute("me")
    ConsoleUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || currentCaller.accountId().isEmpty()) {
            return null;
        }
        Caller caller = currentCaller.find().orElse(null);
        List<MembershipView> memberships = accounts.account(currentCaller.accountId().get())
                .map(AccountView::memberships).orElse(List.of()).stream().filter(MembershipView::enabled).toList();
        return new ConsoleUser(authentication.getName(), caller, scopeName(caller, memberships), memberships);
    }

    private String scopeName(Caller caller, List<MembershipView> memberships) {
        if (caller == null) {
            return null;
        }
        if (caller.isRegulator()) {
            return regions.find(caller.jurisdiction()).map(Region::name).orElse(caller.jurisdiction());
        }
        if (caller.enterpriseId() == null) {
            return null;
        }
        return memberships.stream().filter(m -> Objects.equals(m.enterpriseId(), caller.enterpriseId()))
                .map(MembershipView::enterpriseName).findFirst()
                // a person whose identity-provider claims name the enterprise has no membership here (oidc)
                .or(() -> enterprises.summaries(List.of(caller.enterpriseId())).stream().findFirst()
                        .map(EnterpriseSummary::name))
                .orElse(null);
    }
}
