package cn.haztrail.shared.web.idempotency;

/** The first answer to an idempotent write, replayed byte for byte to every retry with the same key and body. */
record StoredResponse(int status, String contentType, String location, String etag, byte[] body) {
}
