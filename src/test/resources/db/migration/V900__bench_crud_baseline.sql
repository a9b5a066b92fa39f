-- Test classpath only (never in the packaged application): the tables of the plain Spring Data JPA design that the
-- lifecycle benchmark compares HazTrail with (cn.haztrail.bench.crud). Its entities are on the test classpath, so
-- every test database gets these tables for ddl-auto=validate; nothing but the benchmark writes to them.
create table crud_enterprise (
    id          uuid        not null primary key,
    name        varchar(200) not null,
    region_code varchar(6)  not null,
    roles       varchar(100) not null
);

create table crud_licence (
    id            uuid           not null primary key,
    enterprise_id uuid           not null,
    categories    varchar(500)   not null,
    methods       varchar(200)   not null,
    valid_from    date           not null,
    valid_to      date           not null,
    capacity_t    numeric(18, 3) not null,
    used_t        numeric(18, 3) not null,
    version       bigint         not null
);
create index crud_licence_enterprise on crud_licence (enterprise_id);

create table crud_vehicle (
    plate           varchar(20) not null primary key,
    carrier_id      uuid        not null,
    permit_valid_to date        not null
);

create table crud_serial (
    id          varchar(20) not null primary key,
    last_serial integer     not null
);

create table crud_batch (
    id              uuid           not null primary key,
    producer_id     uuid           not null,
    label_id        varchar(40)    not null unique,
    waste_code      varchar(10)    not null,
    quantity_kg     numeric(18, 3) not null,
    containers      integer        not null,
    hazards         varchar(20)    not null,
    generated_at    timestamp(6) with time zone not null,
    status          varchar(20)    not null,
    manifest_id     uuid,
    holder_id       uuid           not null,
    accepted_kg     numeric(18, 3),
    disposal_method varchar(10),
    disposed_kg     numeric(18, 3),
    disposed_on     date,
    version         bigint         not null
);
create index crud_batch_producer on crud_batch (producer_id);

create table crud_manifest (
    id             uuid        not null primary key,
    number         varchar(14) unique,
    consignor_id   uuid        not null,
    receiver_id    uuid        not null,
    carrier_id     uuid        not null,
    vehicle_plate  varchar(20) not null,
    planned_method varchar(10) not null,
    planned_date   date        not null,
    status         varchar(20) not null,
    driver_name    varchar(100),
    driver_phone   varchar(30),
    picked_up_at   timestamp(6) with time zone,
    arrived_at     timestamp(6) with time zone,
    receipt_due_at timestamp(6) with time zone,
    received_at    timestamp(6) with time zone,
    version        bigint      not null
);

create table crud_manifest_line (
    id          uuid           not null primary key,
    manifest_id uuid           not null references crud_manifest (id),
    batch_id    uuid           not null,
    waste_code  varchar(10)    not null,
    declared_kg numeric(18, 3) not null,
    accepted_kg numeric(18, 3),
    decision    varchar(10)
);
create index crud_manifest_line_manifest on crud_manifest_line (manifest_id);

-- Who did what when (R22 asks for it in any design): one row per change of a batch or manifest.
create table crud_history (
    id            uuid         not null primary key,
    subject_id    uuid         not null,
    action        varchar(30)  not null,
    account_id    varchar(100) not null,
    business_time timestamp(6) with time zone not null,
    recorded_at   timestamp(6) with time zone not null,
    detail        varchar(1000)
);
create index crud_history_subject on crud_history (subject_id);
