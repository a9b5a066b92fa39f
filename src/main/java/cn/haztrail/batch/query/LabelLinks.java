package cn.haztrail.batch.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The QR payload of a label (R07): the public address of {@code /api/v1/labels/{labelId}}, so that scanning a label
 * leads back to its batch. The base comes from {@code haztrail.public-base-url}.
 */
@Component
public class LabelLinks {

    public static final String LABELS_PATH = "/api/v1/labels/";

    private final String baseUrl;

    LabelLinks(@Value("${haztrail.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String qrPayload(String labelId) {
        return baseUrl + LABELS_PATH + labelId;
    }
}
