package cn.haztrail.ledger.export;

import java.io.InputStream;
import java.util.function.IntFunction;

/** Reads chunk 0, 1, 2... from a source that answers null after the last one. */
class ChunkedInputStream extends InputStream {

    private final IntFunction<byte[]> chunks;
    private byte[] current = new byte[0];
    private int position;
    private int nextSeq;
    private boolean ended;

    ChunkedInputStream(IntFunction<byte[]> chunks) {
        this.chunks = chunks;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            byte[] next = chunks.apply(nextSeq++);
            if (next == null) {
                ended = true;
                return -1;
            }
            current = next;
            position = 0;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, count);
        position += count;
        return count;
    }
}
