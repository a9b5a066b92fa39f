package cn.haztrail.oversight.integrity;

/**
 * A stream's last event as stored and whether its chain verifies (R23): what a printed copy is checked against.
 *
 * @param sequence the last event's sequence number; -1 if nothing is stored
 * @param hash     the last event's stored hash; null if nothing is stored or it carries none
 */
public record StreamHead(String streamId, long sequence, String hash, IntegrityStatus status) {
}
