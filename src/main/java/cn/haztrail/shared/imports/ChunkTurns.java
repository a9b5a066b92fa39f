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
 * chunk's receipts while the next one runs. So on one node a chunk's appending and the processes' commands take
 * turns: a chunk waits for the commands under way before it appends, a command for the chunk appending until it has
 * committed. While a chunk checks its records it holds no turn, so the processes keep up with a job instead of
 * getting one command between two chunks. Users' commands never wait here. On several nodes the turns hold per node;
 * a gap left by another node costs time, never an event.
 * A command takes its turn outside any transaction, and a chunk takes its own before it writes anything, so neither
 * waits here while holding a database lock. Fair, so the commands waiting get their turn between two chunks of a job
 * instead of after its last one.
 */
@Component
public class ChunkTurns {

    private final ReentrantReadWriteLock turns = new ReentrantReadWriteLock(true);

    /** A chunk's turn, not taken yet: the chunk takes it before its first append and closes it after its commit. */
    public ChunkTurn chunkTurn() {
        return new ChunkTurn(turns.writeLock());
    }

    /** Runs a background command (its whole transaction) while no import chunk appends on this node. */
    public <T> T command(Supplier<T> work) {
        Lock lock = turns.readLock();
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Opened and closed on the chunk's thread, around its transaction. */
    public static final class ChunkTurn implements AutoCloseable {

        private final Lock lock;
        private boolean taken;

        private ChunkTurn(Lock lock) {
            this.lock = lock;
        }

        /** Waits for the commands under way on this node; from then on none runs until {@link #close()}. */
        public void take() {
            if (!taken) {
                lock.lock();
                taken = true;
            }
        }

        @Override
        public void close() {
            if (taken) {
                taken = false;
                lock.unlock();
            }
        }
    }
}
