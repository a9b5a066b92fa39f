package cn.haztrail.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the request's {@code If-Match} header to the stream version a write expects (a {@code Long}, null when the
 * header is absent). The aggregate refuses a stale version and the client gets 412.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExpectedVersion {
}
