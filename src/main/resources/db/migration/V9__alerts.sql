-- Alerts for regulators (oversight-alerts, a streaming projection: rebuilt from the events on a replay).
create table oversight_alert (
    id                 uuid          not null,
    type               varchar(30)   not null,
    state              varchar(10)   not null,
    opened_at          timestamp(6) with time zone not null,
    closed_at          timestamp(6) with time zone,
    closes_at          timestamp(6) with time zone,
    manifest_id        uuid,
    manifest_number    varchar(14),
    batch_id           uuid,
    label_id           varchar(37),
    approval_id        uuid,
    origin_region      varchar(6),
    destination_region varchar(6),
    rule_id            varchar(10),
    detail             varchar(2000) not null,
    primary key (id)
);
create index ix_oversight_alert_opened on oversight_alert (opened_at);
create index ix_oversight_alert_origin on oversight_alert (origin_region);
create index ix_oversight_alert_destination on oversight_alert (destination_region);
create index ix_oversight_alert_manifest on oversight_alert (manifest_id);
create index ix_oversight_alert_batch on oversight_alert (batch_id);
create index ix_oversight_alert_closes on oversight_alert (state, closes_at);

create table oversight_alert_party (
    alert_id      uuid         not null,
    position      integer      not null,
    enterprise_id uuid         not null,
    name          varchar(200),
    role          varchar(20)  not null,
    primary key (alert_id, position),
    constraint fk_oversight_alert_party foreign key (alert_id) references oversight_alert (id)
);

-- Manifests on the road, for the long-transit check; the row lock orders the check against the arrival.
create table alert_transit (
    manifest_id         uuid    not null,
    carrier_id          uuid    not null,
    picked_up_at        timestamp(6) with time zone not null,
    arrival_recorded_at timestamp(6) with time zone,
    alert_raised        boolean not null,
    primary key (manifest_id)
);
create index ix_alert_transit_picked_up on alert_transit (picked_up_at);

-- Approvals' caps and validity, for the near-cap and near-expiry alerts (R14).
create table alert_approval (
    approval_id         uuid           not null,
    number              varchar(64)    not null,
    consignor_id        uuid           not null,
    consignor_name      varchar(200),
    consignor_region    varchar(6),
    receiver_id         uuid           not null,
    receiver_name       varchar(200),
    receiver_region     varchar(6),
    quantity_cap_tonnes numeric(18, 3) not null,
    valid_to            date           not null,
    recorded_at         timestamp(6) with time zone not null,
    expiry_warned       boolean        not null,
    primary key (approval_id)
);
create index ix_alert_approval_valid_to on alert_approval (valid_to);
