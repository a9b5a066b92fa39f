package cn.haztrail.shared.imports;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * The JPA rows an imported chunk's writer touches (issue 17). A row the chunk creates is persisted only once every
 * event of the chunk has been applied to it, so it is written by one insert with its final state; persisted at once,
 * it was inserted and then updated for each later step of the chunk. A row that existed before takes the new state
 * as the repositories' save does (a merge onto the managed row).
 */
public final class ChunkRows {

    private final EntityManager entityManager;
    private final List<Object> created = new ArrayList<>();

    public ChunkRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A row new to the database. */
    public void add(Object row) {
        created.add(row);
    }

    /**
     * Saves {@code row} over {@code current}, the row of the same key the chunk holds (null if none).
     *
     * @return the row now held for that key
     */
    public <T> T save(T current, T row) {
        if (current == null) {
            add(row);
            return row;
        }
        if (created.removeIf(held -> held == current)) {
            created.add(row);
            return row;
        }
        return entityManager.merge(row);
    }

    /** Removes a row the chunk holds: one it created is never written. */
    public void remove(Object row) {
        if (!created.removeIf(held -> held == row)) {
            entityManager.remove(row);
        }
    }

    /** Persists the rows created, with the state the chunk's events left them in; they are written at the flush. */
    public void persistCreated() {
        created.forEach(entityManager::persist);
        created.clear();
    }
}
