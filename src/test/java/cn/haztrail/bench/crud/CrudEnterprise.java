package cn.haztrail.bench.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "crud_enterprise")
class CrudEnterprise {

    @Id
    UUID id;
    String name;
    @Column(name = "region_code")
    String regionCode;
    /** Comma-separated roles: PRODUCER, CARRIER, RECEIVER. */
    String roles;

    protected CrudEnterprise() {
    }

    CrudEnterprise(UUID id, String name, String regionCode, String roles) {
        this.id = id;
        this.name = name;
        this.regionCode = regionCode;
        this.roles = roles;
    }

    boolean plays(String role) {
        return roles.contains(role);
    }
}
