package cn.haztrail.oversight.custody;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The order of a chain's entries, as the world had it: by business time, then recording time, then stream id, then
 * sequence, so that the same events always come in the same order. Streams are merged, never reordered: an event
 * whose business time lies before that of an earlier event of its own stream (an old record made before steps had
 * to be in chronological order) keeps its place after it, so that the state is always folded in each stream's order.
 */
final class ChainOrder {

    static final Comparator<ChainEvent> WORLD = Comparator.comparing(ChainEvent::businessTime)
            .thenComparing(ChainEvent::recordedAt)
            .thenComparing(event -> event.stream().id().toString())
            .thenComparingLong(ChainEvent::sequenceNumber);

    private ChainOrder() {
    }

    /** @param streams each stream's events in sequence order */
    static List<ChainEvent> merge(List<List<ChainEvent>> streams) {
        PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparing(Cursor::head, WORLD));
        streams.stream().filter(events -> !events.isEmpty()).map(Cursor::new).forEach(heads::add);
        List<ChainEvent> merged = new ArrayList<>();
        while (!heads.isEmpty()) {
            Cursor next = heads.poll();
            merged.add(next.head());
            if (next.advance()) {
                heads.add(next);
            }
        }
        return merged;
    }

    private static final class Cursor {

        private final List<ChainEvent> events;
        private int position;

        Cursor(List<ChainEvent> events) {
            this.events = events;
        }

        ChainEvent head() {
            return events.get(position);
        }

        boolean advance() {
            position++;
            return position < events.size();
        }
    }
}
