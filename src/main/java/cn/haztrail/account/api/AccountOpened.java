package cn.haztrail.account.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * An account was opened; it signs in only once activated. Who opened it is in the event's metadata (R22). No
 * username, password, token or contact data: those stay outside the event store.
 *
 * @param jurisdiction a regulator's region code; null for a person
 */
@Revision("1")
public record AccountOpened(UUID accountId, AccountKind kind, String jurisdiction) {
}
