package cn.haztrail.exemption.command;

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
 * What an exemption remembers of receipts, bounded as the approval's memory is: the holds still pending, and the
 * last {@value #RECENT_DRAWS_REMEMBERED} manifests drawn, so that a repeated confirmation changes nothing while the
 * snapshot does not grow with every receipt. Kept by the aggregate's event sourcing handlers only.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
final class ExemptionDrawMemory {

    static final int RECENT_DRAWS_REMEMBERED = 1000;

    // Not final: a snapshot is read back into these fields. In drawing order, oldest first.
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
    void released(UUID manifestId) {
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
