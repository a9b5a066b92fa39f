-- Issue 17: plan against reality (R31, R32), kept by the oversight processor from plan, batch and manifest events.
-- Kept by their own processor (plan-alerts), one segment: the events are judged in the order they were stored, live
-- and on a replay alike, so no lock is needed.

-- One row per producer and year: its recorded plan version.
create table plan_watch_year (
    producer_id      uuid    not null,
    plan_year        integer not null,
    recorded_version integer,
    primary key (producer_id, plan_year)
);

create table plan_watch_line (
    producer_id    uuid           not null,
    plan_year      integer        not null,
    version        integer        not null,
    waste_code     varchar(10)    not null,
    expected_tonnes numeric(18, 3) not null,
    primary key (producer_id, plan_year, version, waste_code)
);

create table plan_watch_receiver (
    producer_id uuid        not null,
    plan_year   integer     not null,
    version     integer     not null,
    receiver_id uuid        not null,
    method_code varchar(10) not null,
    primary key (producer_id, plan_year, version, receiver_id, method_code)
);

-- Actual generation: one row per registered batch with a mass (a volume has no tonnes to compare).
create table plan_actual_batch (
    batch_id    uuid           not null,
    producer_id uuid           not null,
    plan_year   integer        not null,
    waste_code  varchar(10)    not null,
    tonnes      numeric(18, 6) not null,
    primary key (batch_id)
);
create index ix_plan_actual_batch_year on plan_actual_batch (producer_id, plan_year, waste_code);

-- Shipments: a transfer manifest's consignor, receiver and planned method; its year once submitted.
create table plan_shipment (
    manifest_id    uuid        not null,
    consignor_id   uuid        not null,
    receiver_id    uuid        not null,
    planned_method varchar(10),
    plan_year      integer,
    manifest_number varchar(14),
    primary key (manifest_id)
);
create index ix_plan_shipment_year on plan_shipment (consignor_id, plan_year);

-- The methods the receiver stated for the lines it accepted.
create table plan_shipment_method (
    manifest_id uuid        not null,
    method_code varchar(10) not null,
    primary key (manifest_id, method_code)
);
