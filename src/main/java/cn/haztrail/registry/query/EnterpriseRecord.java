package cn.haztrail.registry.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Read model of a registered enterprise; licences, permits and vehicles are rows of their own. */
@Entity
@Table(name = "enterprise_view")
public class EnterpriseRecord {

    @Id
    private UUID id;
    @Column(name = "credit_code")
    private String creditCode;
    private String name;
    @Column(name = "region_code")
    private String regionCode;
    private String address;
    @Column(name = "contact_ref")
    private UUID contactRef;
    /** Comma-separated, so that a list can filter by role with LIKE; no role name contains another. */
    private String roles;
    @Column(name = "registered_at")
    private Instant registeredAt;
    private long version;

    protected EnterpriseRecord() {
    }

    EnterpriseRecord(UUID id, String creditCode, String name, String regionCode, String address, UUID contactRef,
                     List<String> roles, Instant registeredAt, long version) {
        this.id = id;
        this.creditCode = creditCode;
        this.name = name;
        this.regionCode = regionCode;
        this.address = address;
        this.contactRef = contactRef;
        this.roles = String.join(",", roles);
        this.registeredAt = registeredAt;
        this.version = version;
    }

    void advanceTo(long newVersion) {
        this.version = newVersion;
    }

    public UUID id() { return id; }
    public String creditCode() { return creditCode; }
    public String name() { return name; }
    public String regionCode() { return regionCode; }
    public String address() { return address; }
    public UUID contactRef() { return contactRef; }
    public List<String> roles() { return List.of(roles.split(",")); }
    public Instant registeredAt() { return registeredAt; }
    public long version() { return version; }
}
