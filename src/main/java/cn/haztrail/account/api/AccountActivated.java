package cn.haztrail.account.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The person set its first password with its one-time activation token: the account signs in from now on. */
@Revision("1")
public record AccountActivated(UUID accountId) {
}
