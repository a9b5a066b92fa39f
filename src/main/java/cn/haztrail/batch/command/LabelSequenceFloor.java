package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Keeps each label counter (R07) at or above every label id registered under it, in the registration's own
 * transaction: a native label is the counter itself, an imported one (kept as issued) may be ahead of it.
 */
@Component
@ProcessingGroup("registry-claims")
class LabelSequenceFloor {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final LabelSequences sequences;

    LabelSequenceFloor(LabelSequences sequences) {
        this.sequences = sequences;
    }

    /** A label id is the credit code (18), the compact waste code (8), the day (yyyyMMdd) and the sequence (3). */
    @EventHandler
    void on(BatchRegistered event) {
        String label = event.labelId();
        if (isIssued(label)) {
            sequences.atLeast(event.producerId(), event.wasteCode(), day(label), sequence(label));
        }
    }

    static boolean isIssued(String label) {
        return label != null && label.length() == 37;
    }

    static LocalDate day(String label) {
        return LocalDate.parse(label.substring(26, 34), DAY);
    }

    static int sequence(String label) {
        return Integer.parseInt(label.substring(34));
    }
}
