package cn.haztrail.oversight.integrity.api;

/**
 * A stream's last event when a seal was taken.
 *
 * @param hash its stored hash; null for an event stored without one
 */
public record SealedHead(String streamId, long sequence, String hash) {
}
