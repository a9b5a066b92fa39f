package cn.haztrail.batch.command;

import cn.haztrail.batch.api.RecordDisposal;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Records a disposal (R19) together with the registry's licence check (R03, R05): the method must lie inside the
 * receiver's licence for the batch's code, valid on the day of disposal. Both commands run in one transaction, so a
 * refusal by either stores nothing. The batch is asked first, so that a caller who is not the accepting receiver, or
 * a batch that is not received, is told so (R19) before any licence question arises.
 */
@Service
public class DisposalRecording {

    private final CommandGateway commands;
    private final RetryingTransaction transaction;

    public DisposalRecording(CommandGateway commands, RetryingTransaction transaction) {
        this.commands = commands;
        this.transaction = transaction;
    }

    public void record(UUID batchId, String wasteCode, UUID receiverId, String methodCode, Quantity quantity,
                       LocalDate disposedOn, Long expectedVersion) {
        transaction.execute(() -> {
            commands.sendAndWait(new RecordDisposal(batchId, receiverId, methodCode, quantity, disposedOn,
                    expectedVersion));
            String method = methodCode.strip().toUpperCase(Locale.ROOT);
            return commands.sendAndWait(new CheckAdmission(receiverId,
                    List.of(new AdmissionLine(wasteCode, method, null)), disposedOn, null));
        });
    }
}
