package cn.haztrail.shared.axon;

import cn.haztrail.shared.security.CurrentCaller;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.time.Clock;
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
        Object payload = command.getPayload();
        var businessTime = payload instanceof BusinessTimed timed && timed.businessTime() != null
                ? timed.businessTime() : clock.instant();
        Map<String, Object> audit = AuditMetadata.of(currentCaller.find(), businessTime);
        audit.keySet().removeIf(command.getMetaData()::containsKey);
        return audit;
    }
}
