package cn.haztrail.manifest.api;

/** One field of a correction: its value before and after (R20 keeps both in history). */
public record FieldChange(String field, String oldValue, String newValue) {
}
