package cn.haztrail.shared.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the nodes of one installation share the segments of the streaming processors.
 *
 * @param balanceSegments  whether each node claims only its fair share of every processor's segments (segments divided
 *                         by the live nodes, rounded up); off, the first node to start claims them all
 * @param nodeMarker       the prefix of the PostgreSQL {@code application_name} of every node's connections, by which
 *                         the nodes count each other
 * @param nodeCountMaxAge  how long a node reuses the live-node count before asking the database again
 */
@ConfigurationProperties("haztrail.processing")
public record ProcessingProperties(@DefaultValue("true") boolean balanceSegments,
                                   @DefaultValue("haztrail-node-") String nodeMarker,
                                   @DefaultValue("PT1S") Duration nodeCountMaxAge) {
}
