package cn.haztrail.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.springframework.data.domain.Persistable;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A row of a feature's own lookup of registered enterprises: where each is and which party roles it plays. A
 * feature's command side reads its own table, kept in the registering command's transaction, never the registry's
 * view; each feature maps this row to its table with a subclass.
 */
@MappedSuperclass
public abstract class RegisteredPartyRow implements Persistable<UUID> {

    @Id
    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    /** The party roles, comma-separated (PRODUCER,RECEIVER). */
    @Column(name = "roles", nullable = false)
    private String roles;

    protected RegisteredPartyRow() {
    }

    protected RegisteredPartyRow(UUID enterpriseId, String regionCode, String roles) {
        this.enterpriseId = enterpriseId;
        this.regionCode = regionCode;
        this.roles = roles;
    }

    public String regionCode() {
        return regionCode;
    }

    public Set<String> roles() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public UUID getId() {
        return enterpriseId;
    }

    /** Always an insert: an enterprise is registered once, with its region and roles. */
    @Override
    public boolean isNew() {
        return true;
    }
}
