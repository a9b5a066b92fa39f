package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.SealedHead;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every stream's last head along the chain of seals up to one seal: what a stream is checked against (a deleted tail,
 * a removed stream), although each seal names only the heads that changed. Read when asked: one stream's check looks
 * up one head.
 */
final class SealedHeads {

    private final Supplier<List<SealedHead>> all;
    private final Function<String, Optional<SealedHead>> one;

    private SealedHeads(Supplier<List<SealedHead>> all, Function<String, Optional<SealedHead>> one) {
        this.all = all;
        this.one = one;
    }

    static SealedHeads of(List<SealedHead> heads) {
        return new SealedHeads(() -> heads,
                streamId -> heads.stream().filter(head -> head.streamId().equals(streamId)).findFirst());
    }

    static SealedHeads of(SealRegister register) {
        return new SealedHeads(register::heads, register::head);
    }

    /** In {@link StoredEvents#STREAM_ORDER}. */
    List<SealedHead> heads() {
        return all.get();
    }

    Optional<SealedHead> head(String streamId) {
        return one.apply(streamId);
    }
}
