package cn.haztrail.shared.imports;

import org.springframework.stereotype.Component;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * An import chunk's events take their global positions as they are appended and become visible when the chunk
 * commits, seconds later. An event another transaction commits in between leaves every position the chunk holds as a
 * gap in each streaming processor's token, and each processor then names all of them in every read of the store and
 * in every comparison of its tokens. The custody processes append in just that window: they confirm the previous
 * chunk's receipts while the next one runs. So on one node a chunk and the processes' commands take turns: a chunk
 * waits for the commands under way, a command for the chunk under way. Users' commands never wait here. On several
 * nodes the turns hold per node; a gap left by another node costs time, never an event.
 * Taken outside any transaction, so neither side waits here while holding a database lock. Fair, so the commands
 * waiting get their turn between two chunks of a job instead of after its last one.
 */
@Component
public class ChunkTurns {

    private final ReentrantReadWriteLock turns = new ReentrantReadWriteLock(true);

    /** Runs an import chunk (its whole transaction) while no process command runs on this node. */
    public <T> T chunk(Supplier<T> work) {
        return holding(turns.writeLock(), work);
    }

    /** Runs a background command (its whole transaction) while no import chunk runs on this node. */
    public <T> T command(Supplier<T> work) {
        return holding(turns.readLock(), work);
    }

    private static <T> T holding(Lock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
