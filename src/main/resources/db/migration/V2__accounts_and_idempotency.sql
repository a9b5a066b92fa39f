-- Embedded-mode logins (HTTP Basic, BCrypt). Production logins are JWTs and need no row here.
create table account (
    id            varchar(36)  not null,
    username      varchar(100) not null,
    password_hash varchar(255) not null,
    role          varchar(20)  not null,
    enterprise_id uuid,
    jurisdiction  varchar(6),
    enabled       boolean      not null,
    primary key (id),
    constraint uk_account_username unique (username)
);

-- First answers to writes that carried an Idempotency-Key, per account. status is null while the write runs.
create table idempotency_record (
    account_id      varchar(255)             not null,
    idempotency_key varchar(255)             not null,
    request_hash    varchar(64)              not null,
    status          integer,
    content_type    varchar(255),
    location        varchar(1024),
    etag            varchar(255),
    body            bytea,
    created_at      timestamp with time zone not null,
    primary key (account_id, idempotency_key)
);
