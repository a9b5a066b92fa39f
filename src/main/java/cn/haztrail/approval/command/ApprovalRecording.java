package cn.haztrail.approval.command;

import cn.haztrail.approval.api.RecordApproval;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records an approval only if the receiver's licence covers its codes and method for its whole window: an approval
 * is never valid beyond the receiver's licence. The registry answers that (R03, R05) before the approval is
 * recorded, in one transaction.
 */
@Service
public class ApprovalRecording {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(wasteCode|methodCode)");

    private final CommandGateway commands;

    public ApprovalRecording(CommandGateway commands) {
        this.commands = commands;
    }

    @Transactional
    public void record(RecordApproval command) {
        if (command.wasteCodes() != null && !command.wasteCodes().isEmpty()) {
            List<AdmissionLine> lines = command.wasteCodes().stream()
                    .map(code -> new AdmissionLine(code, command.methodCode(), null)).toList();
            try {
                commands.sendAndWait(new CheckAdmission(command.receiverId(), lines, command.validFrom(),
                        command.validTo()));
            } catch (CommandRefused refused) {
                throw inApprovalTerms(refused);
            }
        }
        commands.sendAndWait(command);
    }

    /** Names the approval's own fields: the registry's {@code lines[1].wasteCode} is the approval's wasteCodes[1]. */
    private static CommandRefused inApprovalTerms(CommandRefused refused) {
        Matcher line = refused.field() == null ? null : LINE_FIELD.matcher(refused.field());
        if (line == null || !line.matches()) {
            return refused;
        }
        String field = line.group(2).equals("wasteCode") ? "wasteCodes[" + line.group(1) + "]" : "methodCode";
        Translatable reason = refused.text() == null ? Translatable.of("refused.approval.receiver-licence-plain",
                refused.getMessage()) : Translatable.of("refused.approval.receiver-licence", refused.text());
        return new CommandRefused(refused.reason(), refused.rule(), field, reason);
    }
}
