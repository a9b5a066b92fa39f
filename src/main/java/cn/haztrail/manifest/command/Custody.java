package cn.haztrail.manifest.command;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.List;
import java.util.UUID;

/**
 * Who holds the waste on its way (R13, R15): the carriers in the order the manifest names them, the one holding it
 * now and the one a handover was offered to. The manifest moves it only in its event sourcing handlers.
 */
final class Custody {

    private final List<UUID> carrierIds;
    /** The index of the holding carrier; none before the pickup. */
    private int holder = -1;
    private UUID offeredTo;
    /** Received: the receiver holds the waste now. */
    private boolean delivered;

    Custody(List<UUID> carrierIds) {
        this.carrierIds = carrierIds;
    }

    UUID holder() {
        return carrierIds.get(holder);
    }

    /** R13: only the first carrier named picks the waste up. */
    void requireFirstCarrier(UUID carrierId) {
        if (!carrierIds.get(0).equals(carrierId)) {
            throw CommandRefused.ruleViolated("R13", "carrierId",
                    Translatable.of("refused.manifest.pickup-by-other-carrier"));
        }
    }

    /** R15: only the carrier holding the waste hands it over or arrives with it. */
    void requireHolder(UUID carrierId, String field) {
        if (holder < 0 || !carrierIds.get(holder).equals(carrierId)) {
            throw CommandRefused.ruleViolated("R15", field, Translatable.of("refused.manifest.not-custody-holder"));
        }
    }

    /** R15: the waste goes to the next carrier named, never past one. */
    void requireNext(UUID toCarrierId) {
        if (holder + 1 >= carrierIds.size() || !carrierIds.get(holder + 1).equals(toCarrierId)) {
            throw CommandRefused.ruleViolated("R15", "toCarrierId",
                    Translatable.of("refused.manifest.handover-to-other-carrier"));
        }
    }

    /** R15: a handover is accepted only by the carrier it was offered to. */
    void requireOfferedTo(UUID toCarrierId) {
        if (offeredTo == null || !offeredTo.equals(toCarrierId)) {
            throw CommandRefused.conflict("R15", "toCarrierId",
                    Translatable.of("refused.manifest.no-handover-offered"));
        }
    }

    /**
     * R15: a carrier's part in a handover.
     *
     * @return the next carrier named, when {@code carrierId} holds the waste; null when it was offered the waste
     */
    UUID handoverTurn(UUID carrierId) {
        if (!delivered && holder >= 0 && carrierIds.get(holder).equals(carrierId)) {
            if (holder + 1 >= carrierIds.size()) {
                throw CommandRefused.ruleViolated("R15", "carrierId",
                        Translatable.of("refused.manifest.no-next-carrier"));
            }
            return carrierIds.get(holder + 1);
        }
        if (!carrierId.equals(offeredTo)) {
            throw CommandRefused.ruleViolated("R15", "carrierId",
                    Translatable.of("refused.manifest.carrier-not-in-custody"));
        }
        return null;
    }

    /** R15: the waste arrives with the last carrier named, with no handover pending. */
    void requireLast() {
        if (holder != carrierIds.size() - 1 || offeredTo != null) {
            throw CommandRefused.ruleViolated("R15", "carrierId",
                    Translatable.of("refused.manifest.arrival-by-other-carrier"));
        }
    }

    void pickedUp() {
        holder = 0;
    }

    void offered(UUID toCarrierId) {
        offeredTo = toCarrierId;
    }

    void handedOver() {
        holder++;
        offeredTo = null;
    }

    void delivered() {
        delivered = true;
    }
}
