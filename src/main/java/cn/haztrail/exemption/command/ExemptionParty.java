package cn.haztrail.exemption.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A row of the exemption's own lookup of registered enterprises: where each is and which roles it plays. */
@Entity
@Table(name = "exemption_party")
public class ExemptionParty implements Persistable<UUID> {

    @Id
    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    /** The party roles, comma-separated (PRODUCER,RECEIVER). */
    @Column(name = "roles", nullable = false)
    private String roles;

    protected ExemptionParty() {
    }

    ExemptionParty(UUID enterpriseId, String regionCode, String roles) {
        this.enterpriseId = enterpriseId;
        this.regionCode = regionCode;
        this.roles = roles;
    }

    String regionCode() {
        return regionCode;
    }

    Set<String> roles() {
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
