package cn.haztrail.registry.claims;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/**
 * Command-side lookup of claimed identifiers; never the read model (it may lag). Its own package, not
 * {@code registry.command}, because the enrolment and the approvals decide from it too (and approvals claim their
 * numbers in it).
 */
public interface ClaimedIdentifiers extends JpaRepository<ClaimedIdentifier, ClaimedIdentifier.Key> {

    default boolean isClaimed(IdentifierKind kind, String value) {
        return existsById(new ClaimedIdentifier.Key(kind, value));
    }

    /** Claims a value for its owner; a second claim of the same value fails on the primary key. */
    default void claim(IdentifierKind kind, String value, UUID ownerId) {
        save(new ClaimedIdentifier(kind, value, ownerId));
    }
}
