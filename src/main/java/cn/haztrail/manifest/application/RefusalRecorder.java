package cn.haztrail.manifest.application;

import cn.haztrail.manifest.api.RecordRefusal;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.UUID;

/**
 * Records on the manifest's own history the refusals a regulator must be able to see (a receiver refused for
 * licence scope, method or capacity; an approval or an exemption exhausted, expired or revoked), after the refused
 * step rolled back.
 */
@Component
class RefusalRecorder {

    private static final Set<String> AUDITED_RULES = Set.of("R03", "R04", "R05", "R14", "R37");

    private final CommandGateway commands;

    RefusalRecorder(CommandGateway commands) {
        this.commands = commands;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(UUID manifestId, String step, CommandRefused refusal) {
        if (refusal.rule() != null && AUDITED_RULES.contains(refusal.rule())) {
            Translatable text = refusal.text();
            commands.sendAndWait(new RecordRefusal(manifestId, step, refusal.rule(), refusal.getMessage(),
                    text == null ? null : text.code(), text == null ? null : text.plainArguments()));
        }
    }
}
