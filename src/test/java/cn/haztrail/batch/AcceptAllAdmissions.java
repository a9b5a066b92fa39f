package cn.haztrail.batch;

import cn.haztrail.registry.api.CheckAdmission;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

/**
 * TEST ONLY, to be deleted when the registry branch is merged: the real handler of {@link CheckAdmission} lives in the
 * registry's Enterprise aggregate (licence validity, scope, methods, capacity: R03-R05). Until then this stand-in
 * admits everything, so that the batch package's disposal path (R19) can run end to end.
 */
@Component
class AcceptAllAdmissions {

    @CommandHandler
    Object check(CheckAdmission command) {
        return null;
    }
}
