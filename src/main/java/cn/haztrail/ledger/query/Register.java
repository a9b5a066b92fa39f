package cn.haztrail.ledger.query;

/** The registers of an enterprise, each a view of the ledger lines of one movement. */
public enum Register {
    /** What was received at a facility. */
    INCOMING(Movement.RECEIVED),
    /** What a producer or collector shipped. */
    OUTGOING(Movement.SHIPPED),
    /** What a carrier carried. */
    TRANSPORTED(Movement.TRANSPORTED),
    /** What a facility utilized or disposed of. */
    MANAGED(Movement.DISPOSED);

    private final Movement movement;

    Register(Movement movement) {
        this.movement = movement;
    }

    public Movement movement() {
        return movement;
    }
}
