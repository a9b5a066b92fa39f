package cn.haztrail.shared.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.regex.Pattern;

/** Stream versions on the wire: an entity tag {@code "7"} out, {@code If-Match: "7"} (or {@code W/"7"}) in. */
public final class StreamVersions {

    private static final Pattern IF_MATCH = Pattern.compile("^(W/)?\"?(\\d{1,18})\"?$");

    private StreamVersions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @return the version, null for no header or {@code *}; throws {@link IllegalArgumentException} if malformed */
    static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        var matcher = IF_MATCH.matcher(header.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("If-Match must be an entity tag this API gave out, like \"3\"");
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
