package cn.haztrail.bench.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "crud_licence")
class CrudLicence {

    @Id
    UUID id;
    @Column(name = "enterprise_id")
    UUID enterpriseId;
    String categories;
    String methods;
    @Column(name = "valid_from")
    LocalDate validFrom;
    @Column(name = "valid_to")
    LocalDate validTo;
    @Column(name = "capacity_t")
    BigDecimal capacityTonnes;
    @Column(name = "used_t")
    BigDecimal usedTonnes;
    @Version
    long version;

    protected CrudLicence() {
    }

    CrudLicence(UUID id, UUID enterpriseId, String categories, String methods, LocalDate validFrom, LocalDate validTo,
                BigDecimal capacityTonnes) {
        this.id = id;
        this.enterpriseId = enterpriseId;
        this.categories = categories;
        this.methods = methods;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.capacityTonnes = capacityTonnes;
        this.usedTonnes = BigDecimal.ZERO;
    }

    /** R03-R05: valid that day, the code's category and the method inside its scope, and capacity left. */
    boolean covers(String category, String method, LocalDate day, BigDecimal tonnes) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo) && categories.contains(category)
                && methods.contains(method) && usedTonnes.add(tonnes).compareTo(capacityTonnes) <= 0;
    }
}
