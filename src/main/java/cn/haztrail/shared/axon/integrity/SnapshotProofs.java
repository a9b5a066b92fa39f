package cn.haztrail.shared.axon.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves snapshots against the hash chain (R23). A snapshot is taken after one event of its stream; its metadata
 * records that event's chain hash ({@value #EVENT_HASH}) and an HMAC-SHA256 ({@value #PROOF}) over the snapshot's
 * columns and that hash, under a secret held outside the database ({@code haztrail.integrity.snapshot-key}).
 * A snapshot is used only if the event it names still has that hash and the HMAC is right: someone who can write
 * the database but does not hold the key can neither edit a snapshot nor move one onto another event (README,
 * "Trust model"). A plain hash would not do: whoever edits the row could recompute it.
 */
@Component
public class SnapshotProofs {

    public static final String EVENT_HASH = "eventHash";
    public static final String PROOF = "proof";
    public static final String KEY_ID = "proofKey";
    static final String FORM_VERSION = "haztrail-snapshot-proof/1";
    private static final Set<String> KEYS = Set.of(EVENT_HASH, PROOF, KEY_ID);
    private static final int MINIMUM_KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(SnapshotProofs.class);

    private final SecretKeySpec key;
    private final String keyId;

    @Autowired
    SnapshotProofs(SnapshotKeyProperties properties) {
        this(configuredOrRandom(properties.snapshotKey()));
    }

    SnapshotProofs(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("haztrail.integrity.snapshot-key must hold at least "
                    + MINIMUM_KEY_BYTES + " bytes (Base64)");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.keyId = hmac("haztrail-snapshot-key-id".getBytes(StandardCharsets.US_ASCII)).substring(0, 16);
    }

    private static byte[] configuredOrRandom(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.strip());
        }
        log.info("haztrail.integrity.snapshot-key is not set: snapshots are proven with a key made at this start, so "
                + "those of an earlier start, or of another node, are not used");
        byte[] random = new byte[MINIMUM_KEY_BYTES];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** The metadata a snapshot is stored with, taken after the event whose chain hash is {@code eventHash}. */
    public Map<String, String> proofOf(StoredSnapshot snapshot, String eventHash) {
        return Map.of(EVENT_HASH, eventHash, PROOF, proof(snapshot, eventHash), KEY_ID, keyId);
    }

    /**
     * @param storedEventHash the stored hash of the event with the snapshot's sequence number in its stream; null if
     *                        no such event (or no hash) is stored
     */
    public SnapshotVerdict verify(StoredSnapshot snapshot, String storedEventHash) {
        Set<String> keys = new TreeSet<>(StoredMetaData.keys(snapshot.metaData()));
        Map<String, String> metaData = StoredMetaData.read(snapshot.metaData());
        String claimedHash = metaData.get(EVENT_HASH);
        String proof = metaData.get(PROOF);
        if (claimedHash == null || proof == null) {
            return SnapshotVerdict.mismatch("the snapshot carries no proof");
        }
        keys.removeAll(KEYS);
        if (!keys.isEmpty()) {
            return SnapshotVerdict.mismatch("the snapshot's metadata holds keys its proof does not cover: " + keys);
        }
        if (!keyId.equals(metaData.get(KEY_ID))) {
            return SnapshotVerdict.OTHER_KEY;
        }
        if (storedEventHash == null) {
            return SnapshotVerdict.mismatch("no hashed event is stored at sequence " + snapshot.sequenceNumber()
                    + ", the one the snapshot was taken after");
        }
        if (!claimedHash.equals(storedEventHash)) {
            return SnapshotVerdict.mismatch("the snapshot was taken after an event whose hash is not the one "
                    + "stored at sequence " + snapshot.sequenceNumber());
        }
        if (!MessageDigest.isEqual(proof.getBytes(StandardCharsets.US_ASCII),
                proof(snapshot, claimedHash).getBytes(StandardCharsets.US_ASCII))) {
            return SnapshotVerdict.mismatch("the snapshot's columns are not the ones HazTrail proved");
        }
        return SnapshotVerdict.PROVEN;
    }

    private String proof(StoredSnapshot snapshot, String eventHash) {
        return hmac(CanonicalForm.version(FORM_VERSION)
                .field(snapshot.aggregateIdentifier())
                .field(snapshot.sequenceNumber())
                .field(snapshot.type())
                .field(snapshot.payloadType())
                .field(snapshot.payloadRevision())
                .field(snapshot.payload())
                .field(eventHash)
                .bytes());
    }

    private String hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
