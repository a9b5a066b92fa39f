package cn.haztrail.registry.imports;

import cn.haztrail.shared.i18n.Translatable;

/** A row that cannot be imported: the column at fault (null when no one column is), why, and the rule it breaks. */
class RowRefused extends RuntimeException {

    private final ImportColumn column;
    private final transient Translatable text;
    private final String rule;

    RowRefused(ImportColumn column, Translatable text, String rule) {
        super(text.english());
        this.column = column;
        this.text = text;
        this.rule = rule;
    }

    static RowRefused of(ImportColumn column, String code, Object... args) {
        return new RowRefused(column, Translatable.of(code, args), null);
    }

    ImportColumn column() {
        return column;
    }

    Translatable text() {
        return text;
    }

    String rule() {
        return rule;
    }
}
