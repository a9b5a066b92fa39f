package cn.haztrail.account.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The person changed its password (which is not recorded here). */
@Revision("1")
public record PasswordChanged(UUID accountId) {
}
