package cn.haztrail.shared.axon;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Axon's token store, with a streaming processor's first tokens made by one node at a time. Every node's pooled
 * processor checks at start whether its tokens exist and, if not, inserts them; two nodes starting at once on an
 * empty database both see none, and the second insert hits token_entry's primary key. That failure marks the
 * transaction rollback-only, so its commit fails after Axon has caught the insert's error, and Axon does not retry
 * it: the node does not start. Here the insert first locks the one row of {@code token_initialization_lock} in the
 * same transaction and looks again: a node that waited for the lock finds the other node's tokens and adds none.
 */
public class SerializedTokenInitialization implements TokenStore {

    private static final Logger log = LoggerFactory.getLogger(SerializedTokenInitialization.class);
    static final String LOCK = "select id from token_initialization_lock where id = 1 for update";

    private final TokenStore delegate;
    private final EntityManagerProvider entityManagers;

    public SerializedTokenInitialization(TokenStore delegate, EntityManagerProvider entityManagers) {
        this.delegate = delegate;
        this.entityManagers = entityManagers;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        lock();
        if (delegate.fetchSegments(processorName).length > 0) {
            log.info("Processor [{}]: another node made its tokens first", processorName);
            return;
        }
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    /** Makes the store's identifier row if it is missing, which two nodes could also do at once. */
    @Override
    public Optional<String> retrieveStorageIdentifier() {
        lock();
        return delegate.retrieveStorageIdentifier();
    }

    /** Held until the caller's transaction ends; without a transaction the database refuses the statement. */
    private void lock() {
        List<?> row = entityManagers.getEntityManager().createNativeQuery(LOCK).getResultList();
        if (row.isEmpty()) {
            log.warn("token_initialization_lock has no row: tokens are initialized without serializing the nodes");
        }
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        delegate.storeToken(token, processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment)
            throws UnableToInitializeTokenException {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }
}
