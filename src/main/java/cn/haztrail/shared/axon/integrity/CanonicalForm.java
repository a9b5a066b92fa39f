package cn.haztrail.shared.axon.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The unambiguous byte form that hashes are taken over (README, "Verifying the history"): a version line, then every
 * field as {@code <byte length in decimal>:<bytes>\n}, or {@code -\n} when the field is absent. Lengths make any
 * byte sequence safe inside a field, and an absent field can never be confused with an empty one.
 */
public final class CanonicalForm {

    private static final byte[] ABSENT = "-\n".getBytes(StandardCharsets.US_ASCII);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    private CanonicalForm(String version) {
        out.writeBytes((version + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    public static CanonicalForm version(String version) {
        return new CanonicalForm(version);
    }

    public CanonicalForm field(String value) {
        return field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public CanonicalForm field(long value) {
        return field(Long.toString(value));
    }

    public CanonicalForm field(byte[] value) {
        if (value == null) {
            out.writeBytes(ABSENT);
        } else {
            out.writeBytes((value.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(value);
            out.write('\n');
        }
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256(bytes()));
    }

    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
