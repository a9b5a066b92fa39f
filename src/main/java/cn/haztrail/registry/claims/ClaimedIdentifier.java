package cn.haztrail.registry.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.io.Serializable;
import java.util.UUID;

/**
 * A row of the command side's uniqueness table. Its primary key is what makes two racing registrations of the same
 * credit code fail: the second transaction cannot insert its claim and rolls back with its events.
 */
@Entity
@Table(name = "claimed_identifier")
@IdClass(ClaimedIdentifier.Key.class)
public class ClaimedIdentifier implements Persistable<ClaimedIdentifier.Key> {

    @Id
    @Enumerated(EnumType.STRING)
    private IdentifierKind kind;

    @Id
    @Column(name = "claim_value")
    private String value;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    protected ClaimedIdentifier() {
    }

    ClaimedIdentifier(IdentifierKind kind, String value, UUID ownerId) {
        this.kind = kind;
        this.value = value;
        this.ownerId = ownerId;
    }

    @Override
    public Key getId() {
        return new Key(kind, value);
    }

    /** Always an insert: a claim is never updated, and a second claim of the same value must fail. */
    @Override
    public boolean isNew() {
        return true;
    }

    public record Key(IdentifierKind kind, String value) implements Serializable {
    }
}
