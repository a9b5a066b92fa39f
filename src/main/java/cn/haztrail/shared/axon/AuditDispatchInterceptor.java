package cn.haztrail.shared.axon;

import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Stamps every command with the caller and the business time, once for all handlers (R22). */
public class AuditDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CurrentCaller currentCaller;
    private final Clock clock;

    public AuditDispatchInterceptor(CurrentCaller currentCaller, Clock clock) {
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(auditOf(command));
    }

    private Map<String, Object> auditOf(CommandMessage<?> command) {
        Map<String, Object> audit = new HashMap<>();
        currentCaller.find().ifPresentOrElse(caller -> describe(caller, audit),
                () -> audit.put(AuditMetadata.ACCOUNT_ID, AuditMetadata.SYSTEM_ACCOUNT));
        Object payload = command.getPayload();
        var businessTime = payload instanceof BusinessTimed timed && timed.businessTime() != null
                ? timed.businessTime() : clock.instant();
        audit.put(AuditMetadata.BUSINESS_TIME, businessTime.toString());
        audit.keySet().removeIf(command.getMetaData()::containsKey);
        return audit;
    }

    private static void describe(Caller caller, Map<String, Object> audit) {
        audit.put(AuditMetadata.ACCOUNT_ID, caller.accountId());
        audit.put(AuditMetadata.ROLE, caller.role().name());
        if (caller.enterpriseId() != null) {
            audit.put(AuditMetadata.ENTERPRISE_ID, caller.enterpriseId().toString());
        }
    }
}
