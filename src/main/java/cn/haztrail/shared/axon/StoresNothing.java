package cn.haztrail.shared.axon;

/**
 * A command that asks an aggregate a question and stores nothing (is this receiver licensed for these lines, is this
 * carrier permitted to drive this vehicle): its aggregate is loaded without taking the lock, so the question does
 * not queue behind a step that is writing to the same aggregate ({@link TransactionScopedLockFactory}). It sees the
 * committed state. Should its handler ever apply an event, the unique (aggregate, sequence) index still refuses a
 * conflicting append.
 */
public interface StoresNothing {
}
