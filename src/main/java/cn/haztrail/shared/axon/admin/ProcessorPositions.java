package cn.haztrail.shared.axon.admin;

import cn.haztrail.shared.axon.integrity.IssuedPositions;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Service;

import java.util.Collections;

/**
 * Moves a streaming processor to a chosen global position: its next event is the first one after it. Unlike a replay
 * no reset handler runs (nothing is cleared) and the token is no replay token, so every handler, the webhook outbox
 * included, handles the events after the position again or for the first time: each handler is idempotent (the outbox
 * queues one delivery per subscription and event), as the at-least-once promise already requires. This repairs a
 * processor that went past events it never handled (a position written by hand, R23) or one that must redo a span.
 * <p>
 * As with a replay, the processor is shut down on this node first and the claims of other nodes are taken over
 * ({@link ClaimTakeover}).
 */
@Service
public class ProcessorPositions {

    private final EventProcessingConfiguration processing;
    private final ClaimTakeover claims;
    private final IssuedPositions issued;

    ProcessorPositions(EventProcessingConfiguration processing, ClaimTakeover claims, IssuedPositions issued) {
        this.processing = processing;
        this.claims = claims;
        this.issued = issued;
    }

    public ProjectionStatus moveTo(String name, long position) {
        StreamingEventProcessor processor = ProjectionReplays.streaming(processing, name);
        long highest = issued.highest();
        if (position > highest) {
            throw CommandRefused.ruleViolated("R23", "position",
                    Translatable.of("refused.shared.position-beyond-store", String.valueOf(position),
                            String.valueOf(highest)));
        }
        TokenStore tokens = processing.tokenStore(name);
        processor.shutDown();
        try {
            claims.writeTokens(name, () -> {
                GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(position,
                        Collections.emptySortedSet());
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.fetchToken(name, segment);
                    tokens.storeToken(token, name, segment);
                }
            });
        } finally {
            processor.start();
        }
        return ProjectionReplays.status(processor);
    }
}
