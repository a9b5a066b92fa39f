-- Manifest numbers (R11): one counter per origin city and year, locked by the submission that increments it.
create table manifest_serial (
    origin_city varchar(4) not null,
    serial_year integer    not null,
    last_serial integer    not null,
    primary key (origin_city, serial_year)
);

-- Manifests as their parties read them.
create table manifest_view (
    id                    uuid          not null,
    number                varchar(14),
    kind                  varchar(20)   not null,
    status                varchar(20)   not null,
    consignor_id          uuid          not null,
    origin_region         varchar(6)    not null,
    receiver_id           uuid          not null,
    destination_region    varchar(6)    not null,
    carrier_ids           varchar(400)  not null,
    holder_id             uuid,
    offered_to            uuid,
    vehicle_plate         varchar(20)   not null,
    planned_date          date          not null,
    planned_method        varchar(10),
    approval_id           uuid,
    emergency_measures    varchar(1000),
    previous_manifest_id  uuid,
    follow_on_manifest_id uuid,
    drafted_at            timestamp(6) with time zone not null,
    picked_up_at          timestamp(6) with time zone,
    arrived_at            timestamp(6) with time zone,
    receipt_due_at        timestamp(6) with time zone,
    receipt_overdue       boolean       not null,
    received_at           timestamp(6) with time zone,
    outcome               varchar(30),
    received_late         boolean       not null,
    cancel_reason         varchar(500),
    version               bigint        not null,
    primary key (id),
    constraint uk_manifest_view_number unique (number)
);
create index ix_manifest_view_consignor on manifest_view (consignor_id);
create index ix_manifest_view_receiver on manifest_view (receiver_id);
create index ix_manifest_view_origin on manifest_view (origin_region);
create index ix_manifest_view_destination on manifest_view (destination_region);

create table manifest_line_view (
    manifest_id         uuid           not null,
    batch_id            uuid           not null,
    line_no             integer        not null,
    label_id            varchar(37)    not null,
    waste_code          varchar(10)    not null,
    waste_name          varchar(1000),
    declared_value      numeric(18, 3) not null,
    declared_unit       varchar(4)     not null,
    containers_declared integer        not null,
    decision            varchar(10),
    accepted_value      numeric(18, 3),
    accepted_unit       varchar(4),
    method_code         varchar(10),
    discrepancies       varchar(100)   not null,
    primary key (manifest_id, batch_id)
);

create table manifest_correction_view (
    id          uuid         not null,
    manifest_id uuid         not null,
    proposed_by uuid         not null,
    reason      varchar(500),
    proposed_at timestamp(6) with time zone not null,
    state       varchar(10)  not null,
    awaiting    varchar(400) not null,
    primary key (id)
);
create index ix_manifest_correction_manifest on manifest_correction_view (manifest_id);

create table manifest_correction_change (
    correction_id uuid         not null,
    position      integer      not null,
    field         varchar(40),
    old_value     varchar(1000),
    new_value     varchar(1000),
    primary key (correction_id, position)
);
