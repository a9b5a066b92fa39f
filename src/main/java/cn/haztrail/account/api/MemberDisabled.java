package cn.haztrail.account.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The person may no longer act for the enterprise; a person disabled everywhere cannot sign in. */
@Revision("1")
public record MemberDisabled(UUID accountId, UUID enterpriseId) {
}
