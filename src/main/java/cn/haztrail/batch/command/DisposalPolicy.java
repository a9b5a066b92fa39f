package cn.haztrail.batch.command;

import cn.haztrail.batch.api.RecordDisposal;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.MethodCode;
import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R19 on what a disposal record states: a final method code (a storage or collection code does not close a batch),
 * a weighed quantity not above the accepted one, and a date between receipt and today in the configured zone. Whether
 * the receiver's licence covers the method that day is asked of the registry by {@code batch.application.DisposalRecording}.
 */
@Component
public class DisposalPolicy {

    private final MethodCatalogue methods;
    private final WorkingDayCalendar calendar;

    public DisposalPolicy(MethodCatalogue methods, WorkingDayCalendar calendar) {
        this.methods = methods;
        this.calendar = calendar;
    }

    /** @return the method code as the catalogue writes it ({@code d10} gives {@code D10}) */
    public String check(RecordDisposal command, Quantity accepted, Instant receivedAt, Instant now) {
        MethodCode method = methods.find(command.methodCode()).orElseThrow(() -> CommandRefused.ruleViolated("R19",
                "methodCode", Translatable.of("refused.batch.unknown-method", command.methodCode())));
        if (!method.kind().isFinal()) {
            throw CommandRefused.ruleViolated("R19", "methodCode",
                    Translatable.of("refused.batch.method-not-final", method.code(), method.nameZh()));
        }
        Quantities.requirePositiveMass(command.quantity(), "R19", "quantity");
        if (command.quantity().tonnes().compareTo(accepted.tonnes()) > 0) {
            throw CommandRefused.ruleViolated("R19", "quantity",
                    Translatable.of("refused.batch.disposed-above-accepted",
                            accepted.value().toPlainString(), accepted.unit().symbol()));
        }
        LocalDate receivedOn = receivedAt.atZone(calendar.zone()).toLocalDate();
        if (command.disposedOn() == null || command.disposedOn().isBefore(receivedOn)) {
            throw CommandRefused.ruleViolated("R19", "disposedOn",
                    Translatable.of("refused.batch.disposed-before-receipt", receivedOn));
        }
        if (command.disposedAt() != null
                && !command.disposedAt().atZone(calendar.zone()).toLocalDate().equals(command.disposedOn())) {
            throw CommandRefused.ruleViolated("R25", "disposedAt",
                    Translatable.of("refused.batch.disposal-time-off-day",
                    command.disposedAt(), command.disposedOn(), calendar.zone()));
        }
        if (command.disposedOn().isAfter(now.atZone(calendar.zone()).toLocalDate())) {
            throw CommandRefused.ruleViolated(null, "disposedOn", Translatable.of("refused.batch.disposal-in-future"));
        }
        return method.code();
    }
}
