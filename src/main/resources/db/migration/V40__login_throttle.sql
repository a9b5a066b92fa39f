-- Failed sign-ins slow down the source that fails instead of locking the person out: counted per (username, client
-- address), the username kept only as a SHA-256 hash so that guessed names of strangers are not stored in clear.
-- Kept in the database because every node signs in against it. Rows untouched for a while are forgotten.
create table login_throttle (
    username_hash   varchar(64)              not null,
    client_address  varchar(64)              not null,
    failures        integer                  not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until   timestamp(6) with time zone,
    primary key (username_hash, client_address)
);
create index ix_login_throttle_last_failure on login_throttle (last_failure_at);

-- The per-account lock is gone (it let anybody lock anybody out); its counters go with it.
alter table account drop column failed_logins;
alter table account drop column failure_window_start;
alter table account drop column locked_until;
