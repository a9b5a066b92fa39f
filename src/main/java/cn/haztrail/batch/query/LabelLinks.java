package cn.haztrail.batch.query;

import cn.haztrail.shared.web.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * The QR payload of a label (R07): the public address of the label check {@code /l/{labelId}}, a page anyone holding
 * the label may open without signing in (waste, hazards, producer, custody; nothing confidential). A signed-in
 * party reads the whole batch at {@code /api/v1/labels/{labelId}}. The base is the installation's
 * {@link PublicAddress} ({@code haztrail.public-base-url}). Labels printed before the check existed hold the API
 * address, which still answers signed-in callers.
 */
@Component
public class LabelLinks {

    public static final String LABELS_PATH = "/api/v1/labels/";
    /** Short, since it is printed as a QR code. */
    public static final String CHECK_PATH = "/l/";

    private final PublicAddress address;

    LabelLinks(PublicAddress address) {
        this.address = address;
    }

    public String qrPayload(String labelId) {
        return address.link(CHECK_PATH + labelId);
    }
}
