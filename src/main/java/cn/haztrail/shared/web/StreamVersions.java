package cn.haztrail.shared.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Stream versions on the wire: an entity tag {@code "7"} out, {@code If-Match: "7"} in. A weak tag ({@code W/"7"})
 * never matches in If-Match, which compares strongly (RFC 9110 §13.1.1): it is refused as a failed precondition.
 */
public final class StreamVersions {

    private static final Pattern IF_MATCH = Pattern.compile("^(W/)?\"?(\\d{1,18})\"?$");

    private StreamVersions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @return the version, null for no header or {@code *}; throws {@link IllegalArgumentException} if malformed and
     * {@link WeakIfMatch} for a weak tag
     */
    static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        var matcher = IF_MATCH.matcher(header.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("If-Match must be an entity tag this API gave out, like \"3\"");
        }
        if (matcher.group(1) != null) {
            throw new WeakIfMatch();
        }
        return Long.parseLong(matcher.group(2));
    }

    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    public static <T> ResponseEntity<T> created(URI location, T body, long version) {
        return ResponseEntity.created(location).eTag(etag(version)).body(body);
    }
}
