package cn.haztrail.console;

import cn.haztrail.batch.query.LabelLinks;

/** Where a label's QR code leads: the public label check (no sign-in). Short, since it is printed as a QR code. */
public final class LabelCheckPaths {

    public static final String PREFIX = LabelLinks.CHECK_PATH;
    public static final String PATTERN = PREFIX + "*";

    private LabelCheckPaths() {
    }
}
