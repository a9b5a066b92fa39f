package cn.haztrail.shared.web;

import cn.haztrail.shared.i18n.Translatable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Locale;

/**
 * The one answer to a {@link ResourceShortage}, wherever it is noticed (a filter, the sign-in, a controller): 503
 * problem details with {@code Retry-After}, in the caller's language, counted in {@code haztrail.http.shed}.
 */
@Component
public class ShortageAnswer {

    private static final Logger log = LoggerFactory.getLogger(ShortageAnswer.class);

    private final ProblemResponseWriter writer;
    private final MessageSource messages;
    private final long retryAfterSeconds;
    private final Counter shed;

    ShortageAnswer(ProblemResponseWriter writer, MessageSource messages, CapacityProperties properties,
                   MeterRegistry registry) {
        this.writer = writer;
        this.messages = messages;
        this.retryAfterSeconds = Math.max(1, (properties.retryAfter().toMillis() + 999) / 1000);
        this.shed = Counter.builder("haztrail.http.shed")
                .description("Requests answered 503 because the database was out of connections or timed out")
                .register(registry);
    }

    /** Seconds the caller is told to wait. */
    public String retryAfter() {
        return Long.toString(retryAfterSeconds);
    }

    public ProblemDetail problem(Throwable failure, Locale locale) {
        shed.increment();
        log.warn("Answered 503: out of database capacity ({})", failure.toString());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Service busy",
                messages.getMessage(Translatable.of("problem.overloaded", retryAfterSeconds), locale));
    }

    /** Writes the 503 from a servlet filter or the sign-in's entry point. */
    public void write(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter());
        writer.write(request, response, problem(failure, request.getLocale()));
    }
}
