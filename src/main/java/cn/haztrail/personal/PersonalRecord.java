package cn.haztrail.personal;

import cn.haztrail.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Names and phone numbers of contact persons and drivers. They live here, outside the immutable event store, so that
 * they can be erased on request; events carry only this record's opaque id.
 */
@Entity
@Table(name = "personal_data")
public class PersonalRecord extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;

    @Column(name = "full_name")
    private String fullName;

    private String phone;

    private String email;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected PersonalRecord() {
    }

    PersonalRecord(UUID id, String fullName, String phone, String email) {
        this.id = id;
        this.fullName = fullName;
        this.phone = phone;
        this.email = email;
    }

    /** Forgets the person; the record stays so that references in events still resolve (to "erased"). */
    void erase(Instant at) {
        if (erasedAt == null) {
            fullName = null;
            phone = null;
            email = null;
            erasedAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public PersonalDetails details() {
        return erasedAt == null ? new PersonalDetails(fullName, phone, email, false)
                : new PersonalDetails(null, null, null, true);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
