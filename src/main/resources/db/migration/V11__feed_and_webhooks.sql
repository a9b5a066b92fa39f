-- The change feed: every event with its global position and who may read it (",id,id," and ",region,region,").
create table feed_entry (
    position       bigint         not null,
    enterprise_ids varchar(2000)  not null,
    regions        varchar(200)   not null,
    item           varchar(65535) not null,
    primary key (position)
);

-- Webhook subscriptions: one enterprise's events (a party) or one region's (a regulator).
create table webhook_subscription (
    id            uuid          not null,
    account_id    varchar(255)  not null,
    enterprise_id uuid,
    region        varchar(6),
    url           varchar(2000) not null,
    secret        varchar(100)  not null,
    active        boolean       not null,
    created_at    timestamp(6) with time zone not null,
    primary key (id)
);

-- The outbox of deliveries, at least once, one per subscription and event.
create table webhook_delivery (
    id              uuid           not null,
    subscription_id uuid           not null,
    event_id        varchar(255)   not null,
    position        bigint         not null,
    body            varchar(65535) not null,
    attempts        integer        not null,
    status          varchar(10)    not null,
    next_attempt_at timestamp(6) with time zone not null,
    delivered_at    timestamp(6) with time zone,
    last_error      varchar(500),
    primary key (id),
    constraint uk_webhook_delivery_event unique (subscription_id, event_id)
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
