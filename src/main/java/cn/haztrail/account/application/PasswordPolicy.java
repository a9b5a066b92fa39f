package cn.haztrail.account.application;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R28: a password has at least 12 characters and is not on the bundled list of common passwords
 * ({@code security/common-passwords.txt}, compared ignoring case).
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw CommandRefused.ruleViolated("R28", field,
                    Translatable.of("refused.account.password-too-short", MIN_LENGTH));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw CommandRefused.ruleViolated("R28", field, Translatable.of("refused.account.common-password"));
        }
    }
}
