package cn.haztrail.shared.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row whose id the code assigns (a batch's, an alert's). Spring Data cannot tell such a new row from a stored one
 * and would merge it: a select before every insert. Projections look the row up first anyway, so a new object is
 * known to be new and is inserted straight away.
 */
@MappedSuperclass
public abstract class AssignedIdEntity<I> implements Persistable<I> {

    @Transient
    private boolean unsaved = true;

    @Override
    public boolean isNew() {
        return unsaved;
    }

    @PostLoad
    @PostPersist
    void stored() {
        unsaved = false;
    }
}
