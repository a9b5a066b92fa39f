package cn.haztrail.oversight.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** An enterprise an alert concerns, with the part it plays (CONSIGNOR, CARRIER, RECEIVER, PRODUCER). */
@Embeddable
public class AlertParty {

    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    private String name;
    private String role;

    protected AlertParty() {
    }

    AlertParty(UUID enterpriseId, String name, String role) {
        this.enterpriseId = enterpriseId;
        this.name = name;
        this.role = role;
    }

    public UUID enterpriseId() { return enterpriseId; }
    public String name() { return name; }
    public String role() { return role; }
}
