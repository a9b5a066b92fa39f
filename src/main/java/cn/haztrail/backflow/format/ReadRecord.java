package cn.haztrail.backflow.format;

/** One line of a file as read: a record, or the refusal of a line that could not be read as one. */
public record ReadRecord(int line, SourceRecord record, RecordRefused refused) {

    static ReadRecord of(SourceRecord record) {
        return new ReadRecord(record.line(), record, null);
    }

    static ReadRecord refused(int line, RecordRefused refused) {
        return new ReadRecord(line, null, refused);
    }
}
