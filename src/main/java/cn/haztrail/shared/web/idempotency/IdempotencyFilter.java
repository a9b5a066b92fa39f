package cn.haztrail.shared.web.idempotency;

import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.ProblemResponseWriter;
import cn.haztrail.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Idempotency-Key} for every write of the API, in one place: a retry with the same key and body gets the
 * first answer and appends nothing; the same key with another body is refused (422); a retry racing the first
 * attempt gets 409. Runs after Spring Security, so keys are scoped to the signed-in account.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /**
     * Answers with a one-time activation token or an application's tracking token are not kept for replay: the store
     * would hold the token in clear.
     */
    private static final java.util.regex.Pattern SECRET_ANSWERS = java.util.regex.Pattern.compile(
            "/api/v1/accounts|/api/v1/enterprises/[^/]+/members"
                    + "|/api/v1/enrolment-applications(/[^/]+/activation-token)?");
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final CurrentCaller currentCaller;
    private final ProblemResponseWriter problems;

    IdempotencyFilter(IdempotencyStore store, CurrentCaller currentCaller, ProblemResponseWriter problems) {
        this.store = store;
        this.currentCaller = currentCaller;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/")
                || SECRET_ANSWERS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = currentCaller.find();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Invalid Idempotency-Key", "Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters."));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String account = caller.get().accountId();
        Reservation reservation = store.reserve(account, key, hash(request, body));
        if (reservation instanceof Reservation.Granted) {
            run(new CachedBodyRequest(request, body), response, chain, account, key);
        } else if (reservation instanceof Reservation.Replay replay) {
            replay(replay.response(), response);
        } else if (reservation instanceof Reservation.Mismatch) {
            problems.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request."));
        } else {
            problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-progress",
                    "Request in progress", "A request with this Idempotency-Key is still being processed; retry shortly."));
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String account,
                     String key) throws ServletException, IOException {
        var captured = new ContentCachingResponseWrapper(response);
        boolean succeeded = false;
        try {
            chain.doFilter(request, captured);
            succeeded = HttpStatus.valueOf(captured.getStatus()).is2xxSuccessful();
            if (succeeded) {
                store.complete(account, key, new StoredResponse(captured.getStatus(), captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION), captured.getHeader(HttpHeaders.ETAG),
                        captured.getContentAsByteArray()));
            }
        } finally {
            if (!succeeded) {
                store.release(account, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
