package cn.haztrail.documents;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;
import java.util.function.Supplier;

/** Printed documents follow the national form, in Chinese, whatever language the request asked for. */
final class InChinese {

    private InChinese() {
    }

    static <T> T call(Supplier<T> work) {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }
}
