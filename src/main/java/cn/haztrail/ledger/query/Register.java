package cn.haztrail.ledger.query;

import java.util.List;

/** The registers of an enterprise, each a view of the ledger lines of some movements. */
public enum Register {
    /** What was received at a facility. */
    INCOMING(Movement.RECEIVED),
    /** What a producer or collector shipped. */
    OUTGOING(Movement.SHIPPED),
    /** What a carrier carried. */
    TRANSPORTED(Movement.TRANSPORTED),
    /**
     * What a facility utilized or disposed of, and what a holder repacked (split or consolidated, R39): both are
     * what the holder did with waste in its storage (经营), so the repacking lines belong here and nowhere else.
     */
    MANAGED(Movement.DISPOSED, Movement.REPACKED_OUT, Movement.REPACKED_IN, Movement.REPACK_LOSS);

    private final List<Movement> movements;

    Register(Movement... movements) {
        this.movements = List.of(movements);
    }

    public List<Movement> movements() {
        return movements;
    }
}
