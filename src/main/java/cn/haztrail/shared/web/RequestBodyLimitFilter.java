package cn.haztrail.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses request bodies larger than {@code haztrail.web.max-body-size} (default 1 MB) before anything reads them
 * (multipart uploads, which only the enterprise import takes: {@code haztrail.web.max-upload-size}, default 10 MB)
 * (the Idempotency-Key filter keeps a body in memory), and writes whose length is not declared: every client of a
 * JSON API knows its body's length, and an undeclared one could be endless.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ProblemResponseWriter problems;

    RequestBodyLimitFilter(@Value("${haztrail.web.max-body-size:1MB}") DataSize maxBodySize,
                           @Value("${haztrail.web.max-upload-size:10MB}") DataSize maxUploadSize,
                           ProblemResponseWriter problems) {
        this.maxBytes = maxBodySize.toBytes();
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                ? maxUploadBytes : maxBytes;
        if (length > limit) {
            problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "Request body too large", "Request bodies are limited to " + limit + " bytes."));
            return;
        }
        boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (WRITES.contains(request.getMethod()) && length < 0 && chunked) {
            problems.write(request, response, Problems.of(HttpStatus.LENGTH_REQUIRED, "length-required",
                    "Length required", "Send the body with a Content-Length header."));
            return;
        }
        chain.doFilter(request, response);
    }
}
