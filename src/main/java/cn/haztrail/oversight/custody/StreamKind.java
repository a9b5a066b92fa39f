package cn.haztrail.oversight.custody;

/** The two kinds of stream a chain of custody is made of, with the aggregate type the event store records for each. */
enum StreamKind {
    BATCH("WasteBatch"), MANIFEST("TransferManifest");

    private final String aggregateType;

    StreamKind(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    String aggregateType() {
        return aggregateType;
    }
}
