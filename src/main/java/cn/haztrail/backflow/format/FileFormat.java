package cn.haztrail.backflow.format;

/** The two spellings of a backflow file; they hold the same fields. */
public enum FileFormat {
    JSONL, CSV;

    /** JSON Lines when the first character that is not white space (or a byte-order mark) opens an object. */
    public static FileFormat detect(byte[] content) {
        for (byte b : content) {
            char c = (char) (b & 0xff);
            if (c == '{') {
                return JSONL;
            }
            if (!Character.isWhitespace(c) && (b & 0xff) < 0x80) {
                return CSV;
            }
        }
        return CSV;
    }
}
