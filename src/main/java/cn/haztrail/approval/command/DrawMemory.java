package cn.haztrail.approval.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;

/**
 * What a TransferApproval remembers of receipts, bounded: the holds still pending (R14), and the last
 * {@value #RECENT_DRAWS_REMEMBERED} manifests drawn, so that a confirmation repeated by the receipt process changes
 * nothing. Older ids are forgotten, so the snapshot no longer grows with every receipt. A duplicate older than that
 * cannot arrive: a manifest is received once (its own aggregate refuses a second receipt), the process confirms
 * right after the receipt and is not replayed, and its retries come within minutes, long before a thousand other
 * receipts have drawn on the same approval. Kept by the aggregate's event sourcing handlers only.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
final class DrawMemory {

    static final int RECENT_DRAWS_REMEMBERED = 1000;

    // Not final: a snapshot of the approval is read back into these fields. In drawing order, oldest first.
    private Map<UUID, Pending> pending = new HashMap<>();
    private LinkedHashSet<UUID> recentlyDrawn = new LinkedHashSet<>();

    /** Quantity held for a manifest, until {@code expiresAt}. */
    record Pending(BigDecimal tonnes, Instant expiresAt) {
    }

    Pending pending(UUID manifestId) {
        return pending.get(manifestId);
    }

    boolean hasDrawn(UUID manifestId) {
        return recentlyDrawn.contains(manifestId);
    }

    BigDecimal held() {
        return pending.values().stream().map(Pending::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int remembered() {
        return pending.size() + recentlyDrawn.size();
    }

    void reserved(UUID manifestId, BigDecimal tonnes, Instant expiresAt) {
        pending.put(manifestId, new Pending(tonnes, expiresAt));
    }

    /** The hold was released or expired. */
    void ended(UUID manifestId) {
        pending.remove(manifestId);
    }

    void drawn(UUID manifestId) {
        pending.remove(manifestId);
        recentlyDrawn.add(manifestId);
        Iterator<UUID> oldestFirst = recentlyDrawn.iterator();
        while (recentlyDrawn.size() > RECENT_DRAWS_REMEMBERED) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }
}
