-- Issue 17: annual management plans (危险废物管理计划备案, R30).
-- The plan's command side looks up producers' regions and receivers' registrations in a table of its own, kept by a
-- subscribing handler on EnterpriseRegistered; enterprises registered before it existed are copied in once, here.
create table plan_party (
    enterprise_id uuid         not null,
    region_code   varchar(6)   not null,
    roles         varchar(100) not null,
    primary key (enterprise_id)
);

insert into plan_party (enterprise_id, region_code, roles)
select id, region_code, roles from enterprise_view;

-- Plans as producers and regulators read them: the latest version, and every version with its answer.
create table plan_view (
    plan_id          uuid           not null,
    producer_id      uuid           not null,
    producer_name    varchar(200),
    producer_region  varchar(6)     not null,
    plan_year        integer        not null,
    version          integer        not null,
    status           varchar(20)    not null,
    contents         varchar(20000) not null,
    recorded_version integer,
    filing_number    varchar(64),
    updated_at       timestamp(6) with time zone not null,
    stream_version   bigint         not null,
    primary key (plan_id)
);
create index ix_plan_view_region_year on plan_view (producer_region, plan_year);
create index ix_plan_view_producer on plan_view (producer_id, plan_year);

create table plan_version_view (
    plan_id       uuid           not null,
    version       integer        not null,
    filed_at      timestamp(6) with time zone not null,
    outcome       varchar(20),
    filing_number varchar(64),
    reasons       varchar(2000),
    answered_at   timestamp(6) with time zone,
    primary key (plan_id, version)
);

-- Who should have a plan: registered producers, and every enterprise that registered a batch in a year.
create table plan_producer (
    enterprise_id uuid         not null,
    name          varchar(200) not null,
    region_code   varchar(6)   not null,
    producer      boolean      not null,
    primary key (enterprise_id)
);
create index ix_plan_producer_region on plan_producer (region_code);

insert into plan_producer (enterprise_id, name, region_code, producer)
select id, name, region_code, roles like '%PRODUCER%' from enterprise_view;

create table plan_generation (
    producer_id uuid    not null,
    plan_year   integer not null,
    primary key (producer_id, plan_year)
);
