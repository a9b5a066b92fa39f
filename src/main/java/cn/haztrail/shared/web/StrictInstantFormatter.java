package cn.haztrail.shared.web;

import org.springframework.format.Formatter;
import org.springframework.format.datetime.standard.InstantFormatter;

import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;

/**
 * Instants in query parameters (asOf, knownAt, ...) read as Spring reads them, except a time of 24:00 or a leap
 * second: those are refused, as in request bodies ({@link RealTimeOfDay}), and the caller gets a 400 naming the
 * parameter.
 */
class StrictInstantFormatter implements Formatter<Instant> {

    private final InstantFormatter standard = new InstantFormatter();

    @Override
    public Instant parse(String text, Locale locale) throws ParseException {
        if (!RealTimeOfDay.isReal(text)) {
            throw new IllegalArgumentException("not a time of day: " + text);
        }
        return standard.parse(text, locale);
    }

    @Override
    public String print(Instant instant, Locale locale) {
        return standard.print(instant, locale);
    }
}
