package cn.haztrail.contract.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request of the campaign; {@code label} says which operation and which mutation, for the failure report. */
record HostileRequest(String label, String method, String path, String user, Map<String, String> headers,
                      String contentType, byte[] body) {

    HostileRequest withLabel(String newLabel) {
        return new HostileRequest(newLabel, method, path, user, headers, contentType, body);
    }

    @Override
    public String toString() {
        String text = body == null ? "<no body>" : new String(body, StandardCharsets.UTF_8);
        if (text.length() > 600) {
            text = text.substring(0, 600) + "... (" + body.length + " bytes)";
        }
        return label + " | " + method + " " + path + " as " + user + " " + headers + " [" + contentType + "] " + text;
    }
}
