package cn.haztrail.oversight.alerts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Alert ids derived from the type and what the alert is about, so that a redelivered or replayed event finds the
 * alert it made before instead of making a second one.
 */
final class AlertIds {

    private AlertIds() {
    }

    static UUID of(AlertType type, Object... subject) {
        StringBuilder key = new StringBuilder("haztrail-alert:").append(type.name());
        for (Object part : subject) {
            key.append(':').append(part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }
}
