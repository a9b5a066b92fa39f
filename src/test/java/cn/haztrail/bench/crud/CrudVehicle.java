package cn.haztrail.bench.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "crud_vehicle")
class CrudVehicle {

    @Id
    String plate;
    @Column(name = "carrier_id")
    UUID carrierId;
    @Column(name = "permit_valid_to")
    LocalDate permitValidTo;

    protected CrudVehicle() {
    }

    CrudVehicle(String plate, UUID carrierId, LocalDate permitValidTo) {
        this.plate = plate;
        this.carrierId = carrierId;
        this.permitValidTo = permitValidTo;
    }
}
