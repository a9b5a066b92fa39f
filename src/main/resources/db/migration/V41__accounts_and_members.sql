-- Accounts are people. The account table stays the credential store (username, password hash; never in events) and
-- keeps role and jurisdiction for administrators and regulators only. A person acts for enterprises through
-- memberships, each with a member role and the party role the person acts in; the memberships are the read model
-- of the UserAccount aggregate's events.
alter table account alter column password_hash drop not null;
alter table account alter column role drop not null;
-- Whether the account has a history (a UserAccount stream): not the bootstrap administrator nor accounts made before.
alter table account add column recorded boolean default false not null;

create table account_membership (
    account_id    varchar(36) not null,
    enterprise_id uuid        not null,
    member_role   varchar(20) not null,
    acts_as       varchar(20) not null,
    enabled       boolean     not null,
    primary key (account_id, enterprise_id)
);
create index ix_account_membership_enterprise on account_membership (enterprise_id);

-- One-time activation tokens: only their SHA-256 hash is kept; used once, valid until expires_at.
create table activation_token (
    token_hash varchar(64)                 not null,
    account_id varchar(36)                 not null,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone,
    primary key (token_hash)
);
create index ix_activation_token_account on activation_token (account_id);

-- Party accounts of earlier versions (one role, one enterprise) become their enterprise's managers, so they keep
-- signing in and acting as before. They have no creation event: they were made before accounts had history.
insert into account_membership (account_id, enterprise_id, member_role, acts_as, enabled)
select id, enterprise_id, 'MANAGER', role, enabled from account
where enterprise_id is not null and role not in ('ADMIN', 'REGULATOR');
update account set role = null, enterprise_id = null
where enterprise_id is not null and role not in ('ADMIN', 'REGULATOR');
