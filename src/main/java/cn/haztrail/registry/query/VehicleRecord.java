package cn.haztrail.registry.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Read model of a vehicle registered to a carrier. */
@Entity
@Table(name = "vehicle_view")
public class VehicleRecord {

    @Id
    private String plate;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    @Column(name = "operating_permit_no")
    private String operatingPermitNo;

    protected VehicleRecord() {
    }

    VehicleRecord(String plate, UUID enterpriseId, String operatingPermitNo) {
        this.plate = plate;
        this.enterpriseId = enterpriseId;
        this.operatingPermitNo = operatingPermitNo;
    }

    public String plate() { return plate; }
    public UUID enterpriseId() { return enterpriseId; }
    public String operatingPermitNo() { return operatingPermitNo; }
}
