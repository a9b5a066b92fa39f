package cn.haztrail.approval.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.util.UUID;

/** A row of the approval's own lookup of where each registered enterprise is (fixed at registration). */
@Entity
@Table(name = "approval_party_region")
public class PartyRegion implements Persistable<UUID> {

    @Id
    @Column(name = "enterprise_id")
    private UUID enterpriseId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    protected PartyRegion() {
    }

    PartyRegion(UUID enterpriseId, String regionCode) {
        this.enterpriseId = enterpriseId;
        this.regionCode = regionCode;
    }

    String regionCode() {
        return regionCode;
    }

    @Override
    public UUID getId() {
        return enterpriseId;
    }

    /** Always an insert: an enterprise is registered once and its region never changes. */
    @Override
    public boolean isNew() {
        return true;
    }
}
