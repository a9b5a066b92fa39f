package cn.haztrail.console;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.shared.i18n.Translatable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Recorded texts read on a page: arguments as labels in the page's language and times in Asia/Shanghai. */
class PageTextsTest {

    private final PageTexts texts = new PageTexts(messages(),
            new ConsoleFormat(new ZoneProperties(ZoneId.of("Asia/Shanghai"))));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "console-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_late_entry_names_the_step_its_reason_and_both_times_in_shanghai() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        String text = texts.say(Translatable.of("alert.late-entry", "ManifestPickedUp",
                Instant.parse("2026-11-20T02:30:00Z"), Instant.parse("2026-11-23T01:00:00.123Z"), "PAPER_BACKFILL"));

        assertThat(text).isEqualTo("起运装车 发生于 2026-11-20 10:30，于 2026-11-23 09:00 补录（补录原因：纸质联单补录）");
    }

    @Test
    void a_list_of_discrepancy_kinds_reads_as_words_joined_as_the_language_joins_them() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        String text = texts.say(Translatable.of("alert.discrepancy", List.of("QUANTITY", "PACKAGING"), "1.000 t", 2,
                "0.900 t", 2));

        assertThat(text).startsWith("Discrepancy at receipt: quantity, packaging; declared 1.000 t");
    }

    @Test
    void a_long_transit_gives_its_limit_in_hours() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        String text = texts.say(Translatable.of("alert.long-transit", Instant.parse("2026-11-20T02:30:00Z"),
                Duration.ofHours(48)));

        assertThat(text).isEqualTo("2026-11-20 10:30 装车后超过 48 小时 仍未运抵");
    }

    @Test
    void what_a_person_typed_stays_as_typed() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(texts.say(Translatable.of("alert.as-recorded", "drum lid missing"))).isEqualTo("drum lid missing");
    }
}
