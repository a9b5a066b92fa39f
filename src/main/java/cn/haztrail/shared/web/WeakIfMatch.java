package cn.haztrail.shared.web;

/**
 * A weak entity tag in If-Match: strong comparison (RFC 9110 §13.1.1) never matches it, so the write's precondition
 * fails (412) whatever version it names; the client sends the strong tag it read.
 */
class WeakIfMatch extends RuntimeException {

    WeakIfMatch() {
        super("If-Match holds a weak entity tag, which never matches", null, false, false);
    }
}
