package cn.haztrail.backflow.format;

import cn.haztrail.shared.i18n.Translatable;

/** A file that cannot be read at all (an unknown CSV column, no content): refused whole, nothing is imported. */
public class BackflowFileRefused extends RuntimeException {

    private final transient Translatable text;

    public BackflowFileRefused(String code, Object... args) {
        this(Translatable.of(code, args));
    }

    private BackflowFileRefused(Translatable text) {
        super(text.english());
        this.text = text;
    }

    public Translatable text() {
        return text;
    }
}
