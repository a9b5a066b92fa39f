package cn.haztrail.shared.web;

import java.util.regex.Pattern;

/**
 * The address at which the public reaches this installation ({@code haztrail.public-base-url}, e.g.
 * {@code https://haztrail.example.gov.cn}): every absolute link HazTrail hands out starts with it, above all the QR
 * payload printed on labels (R07), which outlives any deployment detail and must lead back from anywhere.
 */
public final class PublicAddress {

    public static final String PROPERTY = "haztrail.public-base-url";

    private static final Pattern BASE = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[!-~&&[^?#]]*)?");

    private final String base;

    private PublicAddress(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * @param value the configured base: http(s), a host name, optionally a port and a path; no query or fragment
     * @throws IllegalStateException naming the property when the value is missing or is no such address
     */
    public static PublicAddress of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set: set it (or HAZTRAIL_PUBLIC_BASE_URL) to the "
                    + "address at which the public reaches this installation, e.g. https://haztrail.example.gov.cn; "
                    + "the QR codes printed on labels hold it");
        }
        String trimmed = value.strip();
        if (!BASE.matcher(trimmed).matches()) {
            throw new IllegalStateException(PROPERTY + " must be an http(s) address with a host and no query, "
                    + "e.g. https://haztrail.example.gov.cn; it is '" + trimmed + "'");
        }
        return new PublicAddress(trimmed);
    }

    /** The absolute address of {@code path}, which starts with {@code /}. */
    public String link(String path) {
        return base + path;
    }
}
