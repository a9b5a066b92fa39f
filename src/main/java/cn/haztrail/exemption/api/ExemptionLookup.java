package cn.haztrail.exemption.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side's answer to "is there a valid exemption for this line" (R37), from a table written in the
 * exemption commands' own transactions, never from a read model. Drafting asks it to waive the utilizer's licence
 * check (R03) for an exempt line; the receipt then draws on the exemption it names.
 */
public interface ExemptionLookup {

    /**
     * The exemption, recorded and not revoked, valid on {@code onDate}, for this producer, utilizer, waste code and
     * method; the one with the most quantity left when several are. Empty: no exemption, the licence rules apply.
     */
    Optional<ExemptionCover> covering(UUID producerId, UUID utilizerId, String wasteCode, String methodCode,
                                      LocalDate onDate);

    /**
     * Checks one named exemption against a line.
     *
     * @throws cn.haztrail.shared.domain.CommandRefused naming rule R37 and the field that does not match
     */
    ExemptionCover check(CheckExemption question);
}
