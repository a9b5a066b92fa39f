package cn.haztrail.account.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record MemberEnabled(UUID accountId, UUID enterpriseId) {
}
