package cn.haztrail.bench.crud;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A manifest row with its status and lines, overwritten by each step. */
@Entity
@Table(name = "crud_manifest")
class CrudManifest {

    @Id
    UUID id;
    String number;
    @Column(name = "consignor_id")
    UUID consignorId;
    @Column(name = "receiver_id")
    UUID receiverId;
    @Column(name = "carrier_id")
    UUID carrierId;
    @Column(name = "vehicle_plate")
    String vehiclePlate;
    @Column(name = "planned_method")
    String plannedMethod;
    @Column(name = "planned_date")
    LocalDate plannedDate;
    String status;
    @Column(name = "driver_name")
    String driverName;
    @Column(name = "driver_phone")
    String driverPhone;
    @Column(name = "picked_up_at")
    Instant pickedUpAt;
    @Column(name = "arrived_at")
    Instant arrivedAt;
    @Column(name = "receipt_due_at")
    Instant receiptDueAt;
    @Column(name = "received_at")
    Instant receivedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "manifest_id", nullable = false)
    List<CrudManifestLine> lines = new ArrayList<>();
    @Version
    long version;

    protected CrudManifest() {
    }

    CrudManifest(UUID id, UUID consignorId, UUID receiverId, UUID carrierId, String vehiclePlate,
                 String plannedMethod, LocalDate plannedDate) {
        this.id = id;
        this.consignorId = consignorId;
        this.receiverId = receiverId;
        this.carrierId = carrierId;
        this.vehiclePlate = vehiclePlate;
        this.plannedMethod = plannedMethod;
        this.plannedDate = plannedDate;
        this.status = "DRAFT";
    }
}
