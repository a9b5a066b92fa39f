package cn.haztrail.bench.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The manifest-number counter of one city and year (R11), locked while a submission draws from it. */
@Entity
@Table(name = "crud_serial")
class CrudSerial {

    @Id
    String id;
    @Column(name = "last_serial")
    int lastSerial;

    protected CrudSerial() {
    }

    CrudSerial(String id) {
        this.id = id;
    }

    int next() {
        return ++lastSerial;
    }
}
