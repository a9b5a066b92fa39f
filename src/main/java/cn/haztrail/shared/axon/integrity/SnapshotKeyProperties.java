package cn.haztrail.shared.axon.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param snapshotKey the secret that proves snapshots (R23), Base64, at least 32 bytes; every node of one database
 *                    needs the same. Unset: a random key per start, so snapshots of an earlier start are not used
 *                    (each aggregate is loaded once from its events and snapshotted again).
 */
@ConfigurationProperties("haztrail.integrity")
public record SnapshotKeyProperties(String snapshotKey) {
}
