package cn.haztrail.shared.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;
import java.util.UUID;

/**
 * A login of the embedded (HTTP Basic) mode. Production logins come as JWTs and need no row here. Failed sign-ins
 * are not counted here: {@link LoginThrottle} slows down the source that fails, never the account.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String username;

    /** Null until the person sets a password with the activation token. */
    @Column(name = "password_hash")
    private String passwordHash;

    /** ADMIN or REGULATOR; null for a person acting through memberships of enterprises. */
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    private String jurisdiction;

    private boolean enabled;

    protected Account() {
    }

    public Account(String id, String username, String passwordHash, Role role, UUID enterpriseId,
                   String jurisdiction) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enterpriseId = enterpriseId;
        this.jurisdiction = jurisdiction;
        this.enabled = true;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The caller of an administrator or regulator; a person acting for enterprises has none of its own. */
    public Optional<Caller> caller() {
        return Optional.ofNullable(role).map(own -> new Caller(id, own, enterpriseId, jurisdiction));
    }
}
