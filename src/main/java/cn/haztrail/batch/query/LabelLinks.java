package cn.haztrail.batch.query;

import cn.haztrail.shared.web.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * The QR payload of a label (R07): the public address of {@code /api/v1/labels/{labelId}}, so that scanning a label
 * leads back to its batch. The base is the installation's {@link PublicAddress} ({@code haztrail.public-base-url}).
 */
@Component
public class LabelLinks {

    public static final String LABELS_PATH = "/api/v1/labels/";

    private final PublicAddress address;

    LabelLinks(PublicAddress address) {
        this.address = address;
    }

    public String qrPayload(String labelId) {
        return address.link(LABELS_PATH + labelId);
    }
}
