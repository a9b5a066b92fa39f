package cn.haztrail.manifest.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.util.UUID;

/** A row of drafting's own table of drafted manifests: what a follow-on manifest needs of the one it follows. */
@Entity
@Table(name = "manifest_trip")
public class ManifestTrip implements Persistable<UUID> {

    @Id
    @Column(name = "manifest_id")
    private UUID manifestId;

    @Column(name = "consignor_id", nullable = false)
    private UUID consignorId;

    @Column(name = "destination_region", nullable = false)
    private String destinationRegion;

    protected ManifestTrip() {
    }

    ManifestTrip(UUID manifestId, UUID consignorId, String destinationRegion) {
        this.manifestId = manifestId;
        this.consignorId = consignorId;
        this.destinationRegion = destinationRegion;
    }

    public UUID consignorId() {
        return consignorId;
    }

    public String destinationRegion() {
        return destinationRegion;
    }

    @Override
    public UUID getId() {
        return manifestId;
    }

    /** Always an insert: a manifest is drafted once, and these fields never change. */
    @Override
    public boolean isNew() {
        return true;
    }
}
