package cn.haztrail.console;

import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.MemberRolePolicy;
import org.springframework.security.access.AccessDeniedException;

/** A page's write is refused (403) where the API operation it performs would be refused to the member role (R29). */
public final class MemberRoleCheck {

    private MemberRoleCheck() {
    }

    public static Caller require(Caller caller, String apiPath) {
        if (!MemberRolePolicy.allows(caller, "POST", apiPath)) {
            throw new AccessDeniedException("R29: this member role may not do this");
        }
        return caller;
    }
}
