package cn.haztrail.shared.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Values for {@code column in (?, ?, ...)}, cut into chunks of at most {@value #CHUNK}, so that a lookup of many ids
 * is a few statements rather than one per id, and no statement grows past what a driver accepts.
 */
public record InClause(List<?> list) {

    static final int CHUNK = 500;

    public static List<InClause> chunks(Collection<?> values) {
        List<?> all = new ArrayList<>(values);
        List<InClause> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(new InClause(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return chunks;
    }

    /** {@code in (?, ?, ...)} with one mark per value. */
    public String in() {
        return "in (" + String.join(", ", Collections.nCopies(list.size(), "?")) + ")";
    }

    public Object[] values() {
        return list.toArray();
    }
}
