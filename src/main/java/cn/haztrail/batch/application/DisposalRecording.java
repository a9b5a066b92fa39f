package cn.haztrail.batch.application;

import cn.haztrail.batch.api.RecordDisposal;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.registry.api.AdmissionLine;
import cn.haztrail.registry.api.CheckAdmission;
import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.StepTimes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

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

    private final StepTimes times;
    private final WorkingDayCalendar calendar;

    public DisposalRecording(CommandGateway commands, RetryingTransaction transaction, StepTimes times,
                             WorkingDayCalendar calendar) {
        this.commands = commands;
        this.transaction = transaction;
        this.times = times;
        this.calendar = calendar;
    }

    /**
     * When a disposal happened in the world. A stated instant is taken as it is. A bare date means that day: today's
     * disposal happened when recorded, an earlier day's at its last second, so that it is never earlier than a receipt
     * of the same day (which R19 compares by date) and is dated on its own day, not on the day it was entered.
     */
    static Instant businessTime(LocalDate disposedOn, Instant disposedAt, Instant now, ZoneId zone) {
        if (disposedAt != null) {
            return disposedAt;
        }
        Instant endOfDay = disposedOn.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        return endOfDay.isBefore(now) ? endOfDay : now;
    }

    /**
     * @param wasteCode  the batch's waste code as the caller may see it, refusing when it may not (R21): asked first,
     *                   inside the disposal's transaction, so that the batch's view is read there once
     * @param disposedAt the instant of disposal when the receiver states it, else null (see {@link #businessTime})
     */
    public void record(UUID batchId, Supplier<String> wasteCode, UUID receiverId, String methodCode,
                       Quantity quantity, LocalDate disposedOn, Instant disposedAt, LateEntryReason lateEntry,
                       Long expectedVersion) {
        Instant businessTime = businessTime(disposedOn, disposedAt, times.now(), calendar.zone());
        transaction.execute(() -> {
            String code = wasteCode.get();
            commands.sendAndWait(new RecordDisposal(batchId, receiverId, methodCode, quantity, disposedOn,
                    expectedVersion, disposedAt, businessTime, lateEntry));
            String method = methodCode.strip().toUpperCase(Locale.ROOT);
            return commands.sendAndWait(new CheckAdmission(receiverId,
                    List.of(new AdmissionLine(code, method, null)), disposedOn, null));
        });
    }
}
