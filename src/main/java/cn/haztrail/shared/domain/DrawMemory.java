package cn.haztrail.shared.domain;

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
 * What an aggregate that caps a quantity (an approval's, R14; an exemption's) remembers of the receipts drawing on
 * it, bounded: the holds still pending, and the last {@value #RECENT_DRAWS_REMEMBERED} manifests drawn, so that a
 * confirmation repeated by the receipt process changes nothing. Older ids are forgotten, so the aggregate's snapshot
 * no longer grows with every receipt. A duplicate older than that cannot arrive: a manifest is received once (its own
 * aggregate refuses a second receipt), the process confirms right after the receipt and is not replayed, and its
 * retries come within minutes, long before a thousand other receipts have drawn on the same cap. Kept by the
 * aggregate's event sourcing handlers only; its fields are part of the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public final class DrawMemory {

    public static final int RECENT_DRAWS_REMEMBERED = 1000;

    // Not final: a snapshot is read back into these fields. In drawing order, oldest first.
    private Map<UUID, Pending> pending = new HashMap<>();
    private LinkedHashSet<UUID> recentlyDrawn = new LinkedHashSet<>();

    /** Quantity held for a manifest, until {@code expiresAt}. */
    public record Pending(BigDecimal tonnes, Instant expiresAt) {
    }

    public Pending pending(UUID manifestId) {
        return pending.get(manifestId);
    }

    public boolean hasDrawn(UUID manifestId) {
        return recentlyDrawn.contains(manifestId);
    }

    public BigDecimal held() {
        return pending.values().stream().map(Pending::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int remembered() {
        return pending.size() + recentlyDrawn.size();
    }

    public void reserved(UUID manifestId, BigDecimal tonnes, Instant expiresAt) {
        pending.put(manifestId, new Pending(tonnes, expiresAt));
    }

    /** The hold was released or expired. */
    public void ended(UUID manifestId) {
        pending.remove(manifestId);
    }

    public void drawn(UUID manifestId) {
        pending.remove(manifestId);
        recentlyDrawn.add(manifestId);
        Iterator<UUID> oldestFirst = recentlyDrawn.iterator();
        while (recentlyDrawn.size() > RECENT_DRAWS_REMEMBERED) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }
}
