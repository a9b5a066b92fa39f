package cn.haztrail.manifest.command;

import cn.haztrail.registry.api.PartyRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A row of drafting's own lookup of registered enterprises (all fixed at registration). */
@Entity
@Table(name = "manifest_party")
public class ManifestParty implements Persistable<UUID> {

    @Id
    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    @Column(nullable = false)
    private String name;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    /** Comma-separated role names, as the registry's view holds them (so the migration copies them as they are). */
    @Column(nullable = false)
    private String roles;

    protected ManifestParty() {
    }

    ManifestParty(UUID enterpriseId, String name, String regionCode, List<PartyRole> roles) {
        this.enterpriseId = enterpriseId;
        this.name = name;
        this.regionCode = regionCode;
        this.roles = roles.stream().map(PartyRole::name).collect(Collectors.joining(","));
    }

    public String name() {
        return name;
    }

    public String regionCode() {
        return regionCode;
    }

    public boolean playsAnyOf(PartyRole... wanted) {
        List<String> held = List.of(roles.split(","));
        return List.of(wanted).stream().anyMatch(role -> held.contains(role.name()));
    }

    @Override
    public UUID getId() {
        return enterpriseId;
    }

    /** Always an insert: an enterprise is registered once and these fields never change. */
    @Override
    public boolean isNew() {
        return true;
    }
}
