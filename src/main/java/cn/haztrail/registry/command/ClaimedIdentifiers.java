package cn.haztrail.registry.command;

import org.springframework.data.jpa.repository.JpaRepository;

/** Command-side lookup of claimed identifiers; never the read model (it may lag). */
public interface ClaimedIdentifiers extends JpaRepository<ClaimedIdentifier, ClaimedIdentifier.Key> {

    default boolean isClaimed(IdentifierKind kind, String value) {
        return existsById(new ClaimedIdentifier.Key(kind, value));
    }
}
