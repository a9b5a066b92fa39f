package cn.haztrail.registry.imports;

import cn.haztrail.shared.i18n.Translatable;
import org.springframework.http.HttpStatus;

/** A file whose shape is wrong as a whole (its type, its header): refused before any row is imported. */
class ImportFileRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final transient Translatable text;

    ImportFileRefused(HttpStatus status, String field, Translatable text) {
        super(text.english());
        this.status = status;
        this.field = field;
        this.text = text;
    }

    static ImportFileRefused badFile(String field, String code, Object... args) {
        return new ImportFileRefused(HttpStatus.BAD_REQUEST, field, Translatable.of(code, args));
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    Translatable text() {
        return text;
    }
}
