package cn.haztrail.enrolment.command;

import cn.haztrail.account.application.AccountLifecycle;
import cn.haztrail.account.api.ActivationToken;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * R28: the applicant, not the approver, receives its first manager's activation token: a fresh one on each request
 * while the manager is not activated, which makes the earlier ones stop working.
 */
@Service
public class ManagerActivation {

    private final ApplicantAccess access;
    private final AccountLifecycle accounts;

    ManagerActivation(ApplicantAccess access, AccountLifecycle accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    @Transactional
    public ActivationToken issue(UUID applicationId) {
        UUID account = access.managerAccount(applicationId).orElseThrow(() -> CommandRefused.conflict("R28", "id",
                Translatable.of("refused.enrolment.not-approved", applicationId)));
        return accounts.reissueActivationToken(account);
    }
}
