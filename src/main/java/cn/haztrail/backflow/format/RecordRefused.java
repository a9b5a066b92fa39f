package cn.haztrail.backflow.format;

import cn.haztrail.shared.i18n.Translatable;

/** A record that is not imported: the field at fault (null when no one field is), the rule it breaks, and why. */
public class RecordRefused extends RuntimeException {

    private final transient Field field;
    private final String rule;
    private final transient Translatable text;

    public RecordRefused(Field field, String rule, Translatable text) {
        super(text.english());
        this.field = field;
        this.rule = rule;
        this.text = text;
    }

    public static RecordRefused of(Field field, String rule, String code, Object... args) {
        return new RecordRefused(field, rule, Translatable.of(code, args));
    }

    public Field field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public Translatable text() {
        return text;
    }
}
