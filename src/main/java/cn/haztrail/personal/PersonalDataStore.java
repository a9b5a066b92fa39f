package cn.haztrail.personal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Keeps personal data apart from events; callers store the returned reference in events instead. */
@Service
public class PersonalDataStore {

    private final PersonalRecordRepository records;

    public PersonalDataStore(PersonalRecordRepository records) {
        this.records = records;
    }

    /**
     * A new record under a new reference. Joins the caller's transaction, so a refused command leaves no orphan
     * record behind. Inserted without reading the row first ({@link PersonalRecord} is an assigned-id entity).
     */
    @Transactional
    public UUID record(UUID reference, PersonalDetails details) {
        records.save(new PersonalRecord(reference, details.name(), details.phone(), details.email()));
        return reference;
    }

    /**
     * Erases a person on request. Events only ever held the reference, so the event history (and any hash over it)
     * is untouched and stays readable, with the person shown as erased.
     *
     * @return whether such a person was ever recorded
     */
    @Transactional
    public boolean erase(UUID reference, Instant at) {
        return records.findById(reference).map(record -> {
            record.erase(at);
            return true;
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<PersonalDetails> find(UUID reference) {
        return reference == null ? Optional.empty() : records.findById(reference).map(PersonalRecord::details);
    }
}
