-- Label id sequences (R07): one counter per producer, waste code and generation day (Asia/Shanghai), written in the
-- registering command's transaction so that a refused registration uses no number. (DAY is a keyword in H2.)
create table label_sequence (
    producer_id uuid        not null,
    waste_code  varchar(10) not null,
    label_day   date        not null,
    last_value  integer     not null,
    primary key (producer_id, waste_code, label_day)
);

-- Batches as parties and regulators read them (projection batch-view).
create table batch_view (
    id                   uuid           not null,
    producer_id          uuid           not null,
    producer_region      varchar(6),
    label_id             varchar(37)    not null,
    edition              varchar(10)    not null,
    waste_code           varchar(10)    not null,
    waste_name           varchar(1000)  not null,
    quantity_value       numeric(18, 3) not null,
    quantity_unit        varchar(4)     not null,
    physical_form        varchar(20)    not null,
    packaging_type       varchar(20)    not null,
    packaging_count      integer        not null,
    hazards              varchar(20)    not null,
    main_components      varchar(500),
    generated_at         timestamp(6) with time zone not null,
    storage_location     varchar(200),
    storage_limit_at     timestamp(6) with time zone not null,
    storage_overdue      boolean        not null,
    status               varchar(20)    not null,
    manifest_id          uuid,
    rejected_manifest_id uuid,
    custody_holder_id    uuid           not null,
    carrier_id           uuid,
    receiver_id          uuid,
    receiver_region      varchar(6),
    accepted_value       numeric(18, 3),
    accepted_unit        varchar(4),
    discrepancy          boolean        not null,
    received_at          timestamp(6) with time zone,
    disposal_method      varchar(10),
    disposal_value       numeric(18, 3),
    disposal_unit        varchar(4),
    disposed_on          date,
    version              bigint         not null,
    last_event_at        timestamp(6) with time zone not null,
    primary key (id),
    constraint uk_batch_view_label_id unique (label_id)
);
create index ix_batch_view_producer on batch_view (producer_id);
create index ix_batch_view_status on batch_view (status);
create index ix_batch_view_waste_code on batch_view (waste_code);

-- Every enterprise that is or was party to a batch, with its region: what R21 lets a party or a regulator read.
create table batch_party (
    batch_id    uuid        not null,
    party_id    uuid        not null,
    relation    varchar(10) not null,
    region_code varchar(6),
    primary key (batch_id, party_id, relation)
);
create index ix_batch_party_party on batch_party (party_id);
create index ix_batch_party_region on batch_party (region_code);
