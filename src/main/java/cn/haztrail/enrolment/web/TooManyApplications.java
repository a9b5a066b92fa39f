package cn.haztrail.enrolment.web;

import cn.haztrail.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.time.Duration;

/** 429 with Retry-After: the client address has sent its share of applications for now. */
class TooManyApplications extends ErrorResponseException {

    private final HttpHeaders headers = new HttpHeaders();

    TooManyApplications(Duration wait, String detail) {
        super(HttpStatus.TOO_MANY_REQUESTS, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-applications",
                "Too many applications", detail), null);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
